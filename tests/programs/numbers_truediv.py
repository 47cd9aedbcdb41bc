# int / int is correctly rounded (CPython's long_true_divide), with -0.0 and overflow errors
pairs = [(1, 3), (2, 3), (-1, 3), (0, -5), (10**20, 3), (2**53 + 1, 1), (2**53 + 1, 2), (2**54 + 3, 4), (10**400, 10**399),
         (1, 10**400), (-(10**300), 7), (2**1023, 1), (3**700, 2**1100), (12345678901234567890123456789, 987654321987654321),
         (2**1074 - 1, 2**2148), (1, 2**1075), (3, 2**1076), (2**1200 + 1, 2**1100), (-7, 2**60 + 1), (True, 3), (7, True)]
for a, b in pairs:
    print(a / b if a < 10**40 else 'big', '/', b if b < 10**40 else 'big', '=', repr(a / b))
for a, b in [(1, 0), (10**400, 0), (2**1100, 1), (10**400, 3), (-(2**1024), 1)]:
    try:
        print(a / b)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
x = 10
x /= 4
print(x, 7 / 7, -7 / 7, 1 / -(2**2000), 0 / 3)
