# float methods: is_integer, as_integer_ratio, hex/fromhex, conversions to int.
for v in [1.0, 1.5, -2.25, 0.1, 1e20, 0.0, -0.0]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.999999999999ap-4"))
print(int(2.5), int(-2.5), float(10), float(-3), float(2 ** 70), float("1e3"))
print((0.5).conjugate(), (2.5).real, (2.5).imag)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print("OverflowError:", e)
