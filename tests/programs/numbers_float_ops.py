# float arithmetic: // % divmod signs, inf and nan, float ** (complex results, OverflowError errno 34)
vals = [0.0, -0.0, 1.5, -1.5, 7.0, -7.0, 0.1, 1e300, -1e-300, float('inf'), float('-inf'), float('nan'), 3, -2]
for a in vals:
    row = []
    for b in vals:
        r = []
        for op in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
            try:
                r.append(op())
            except ZeroDivisionError as e:
                r.append(str(e))
        row.append(r)
    print(repr(a), row)
for a in [2.0, -2.0, 0.0, -0.0, 0.5, -8.0, 1.0, -1.0, float('inf'), float('-inf'), float('nan'), 10.0]:
    r = []
    for b in [0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, 1/3, 400.0, -400.0, float('inf'), float('-inf'), float('nan')]:
        try:
            r.append(a ** b)
        except (ZeroDivisionError, OverflowError) as e:
            r.append(type(e).__name__ + ': ' + str(e))
    print(repr(a), r)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** -1080, (-2.0) ** 3, (-0.5) ** 1e300, (-1.0) ** 1e300)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(e.args, e)
x = 7.5
x //= 2
x %= -1.25
x **= 2
print(x, -x, +x, abs(-x))
