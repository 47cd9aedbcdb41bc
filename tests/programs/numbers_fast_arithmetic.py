# The interpreter's arithmetic fast paths (small ints, floats in the word, int/float
# mixes) at their edges, against the general path's answers.
big = 2 ** 62
vals = [0, 1, -1, 7, -7, 3, -3, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, big - 1, -big, big, 0.5, -2.5, 1e300, 1e-310, 3.0]
ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
    ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
    ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b),
    ("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b),
]
for name, f in ops:
    out = []
    for a in vals:
        for b in vals:
            if name in ("<<", ">>") and isinstance(b, int) and b > 200:
                continue
            try:
                out.append(repr(f(a, b)))
            except Exception as e:
                out.append(type(e).__name__)
    print(name, " ".join(out))

# Augmented assignment: ints and floats like the binary operators, lists in place.
x = 5
x += 3; x -= 10; x *= -4; x //= 3; x %= 5; x <<= 70; x >>= 68; x &= 7; x |= 8; x ^= 3
print(x)
y = 1.5
y += 1; y *= 2; y /= 4; y -= 0.25
print(y)
l = [1]
m = l
m += [2]
print(l, m is l)
n = 2 ** 62 - 1
n += 1
print(n, type(n).__name__)
print(1 << 62, -1 << 62, 5 >> 100, -5 >> 100, 0 << 1000, 7 // -2, -7 % 3, 7 % -3, -7 // 2)
print(float("nan") < 1, float("nan") == float("nan"), float("inf") > 2 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(10 / 4, -9 / 3, (2 ** 53 + 1) / 1, 1 / 3 * 3)
for bad in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: 1.0 / 0, lambda: 1 << -1, lambda: 1 >> -1):
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(2.0 ** 0.5, 2 ** -1.5, 4 ** 0.5, 1.5 ** 2, 10.0 ** -300, 1.0 ** 1e308, 0.5 ** 1e-300)
print((-8.0) ** (1 / 3), (-2.0) ** 2, 2.0 ** float("inf"), 0.5 ** float("-inf"))
for bad in (lambda: 0.0 ** -1, lambda: 1e300 ** 2.0, lambda: 10.0 ** 400):
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
