# repr and str of floats: shortest round-trip digits, exponent switch points, special values.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1234567890123456789.0,
        1e-4, 1e-5, 0.00001234, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        3.141592653589793, 2.718281828459045, 100.0, 1e100, 1.5e-7, 9007199254740993.0, 0.5, 123.456,
        float("inf"), float("-inf"), float("nan"), 1e308 * 10, -1e308 * 10]
for v in vals:
    print(repr(v), str(v))
print([1.0, 2.5, -0.0], (0.1,), {1.5: 2.25})
print(float("1e500"), float("-1e-500"), float("  3.25  "), float("1_000.5"), float("infinity"), float("-NaN"))
