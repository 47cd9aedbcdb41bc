# format() specs for floats: f e g % types, precision, rounding, inf/nan, zero padding, grouping, the empty type.
vals = [0.0, -0.0, 1.0, 3.14159, -2.5, 1234567.891, 1e-7, 1e16, 2.675, 0.5, 1.5, float("inf"), float("-inf"), float("nan")]
for spec in ["", ".2f", "f", "10.3f", "<10.1f", "^+10.2f", "010.2f", "e", ".3E", "g", ".3g", "G", "%", ".1%", ",.2f", "_.1f", ".0f", "#.0f", ".10g", "r" if False else "n"]:
    print(repr(spec), [format(v, spec) for v in vals])
print(format(1e100, ".3f")[:20], format(123.456, ".2"), format(1e-5, ""), format(1e16, ""), format(12345.0, ".3"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
