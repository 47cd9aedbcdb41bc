# int methods and attributes: bit_length, bit_count, to_bytes, from_bytes, numerator, index.
for v in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100)]:
    print(v, v.bit_length(), v.bit_count(), v.numerator, v.denominator, v.real, v.imag, v.conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(bytes(range(1, 20)), "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).__index__(), (7).__add__(3), (7).__radd__(3), (7).__sub__(3), (7).__rsub__(3), (2).__pow__(5))
print((5).__truediv__(2), (5).__floordiv__(2), (5).__mod__(-2), (3).__lt__(4), (3).__eq__(3.0), (3).__add__(1.5))
print(int.__name__, (5).as_integer_ratio())
