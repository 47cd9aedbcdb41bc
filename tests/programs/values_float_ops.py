# Float arithmetic: // % divmod with negatives, **, mixed int/float, and special values.
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.1), (5.0, 0.5), (-0.0, 1.0), (3, 0.7)]
for a, b in pairs:
    print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2.0 ** 10, 2 ** 0.5, (-8.0) ** 2, 4.0 ** -0.5, 10.0 ** 20, 1.5 ** 3)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf / inf, nan + 1, inf > 1e308, nan == nan, nan != nan)
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, 0.1 * 3, 0.1 * 3 == 0.3)
print(3 * 1.5, 1 + 0.5, 10 / 4, 10 // 4.0, -10 % 3.0, 5 % -3.0)
print(abs(-2.5), -(-2.5), +2.5, round(2.675, 2))
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
