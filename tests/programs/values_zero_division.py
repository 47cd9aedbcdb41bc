# Division by zero: each operator's exact ZeroDivisionError message.
tests = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 1.0 // 0.0,
         lambda: 1.0 % 0.0, lambda: divmod(1.0, 0.0), lambda: 0.0 ** -1, lambda: 0 ** -1, lambda: 10 ** 30 // 0,
         lambda: 10 ** 30 % 0, lambda: 5 / 0.0, lambda: pow(0, -2), lambda: (2 ** 70) / 0]
for i, t in enumerate(tests):
    try:
        t()
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e, isinstance(e, ArithmeticError))
