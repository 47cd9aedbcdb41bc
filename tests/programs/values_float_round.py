# round() of floats and ints: ties to even, ndigits positive and negative, result types.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e16 + 1, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), type(round(v)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0), round(7, 2))
print(round(2 ** 70 + 1, -5), round(5, -1), round(15, -1), round(25, -1))
print(round(0.0), round(-0.0, 1), round(1e300, 2), round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
