# ** and pow(): negative exponents give floats, 0**0, three-argument pow with modular inverses
for a in [0, 1, -1, 2, -2, 3, 10, -7, 2**70]:
    out = []
    for b in [0, 1, 2, 3, 10, 33, -1, -2, -5]:
        try:
            out.append(a ** b)
        except ZeroDivisionError as e:
            out.append('ZeroDivisionError: ' + str(e))
    print(a, out)
print(2 ** 100, (-3) ** 41, 7 ** 77, 0 ** 0, (-1) ** (10**20), (-1) ** (10**20 + 1), 1 ** (10**30))
print(pow(2, 10), pow(2, -2), pow(3, 200, 1000), pow(3, -1, 7), pow(-3, -1, 7), pow(10, -3, 13), pow(3, 5, -7), pow(3, -5, -7), pow(5, 0, 1), pow(2**100, 3**50, 10**20 + 39))
print(pow(0, 0, 5), pow(7, 1, 1), pow(-7, 3, 5), pow(12345678901234567890, -1, 1000000007), pow(True, 5, 3))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3, 5.0), (2, 3.5, 5), (0, -1, 7), (2**2000, -1, None), (1j, 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(args, type(e).__name__, e)
for expr in [lambda: 0 ** -1, lambda: 0 ** -1.5, lambda: (2**2000) ** -1, lambda: 2 ** (2**2000) if False else (2**1100) ** 0.5]:
    try:
        print(expr())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
x = 3
x **= 4
print(x, pow(base=2, exp=5), pow(2, 5, mod=7))
