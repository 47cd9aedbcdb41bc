# int methods and attributes: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, numerator..., hex/oct/bin
for v in [0, 1, -1, 255, -256, 2**64, -(2**100) + 1, 12345678901234567890, True]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.numerator, v.denominator, v.real, v.imag, v.conjugate(),
          hex(v), oct(v), bin(v), v.__index__(), v.__int__(), v.__float__() if v < 2**100 else 0, v.__abs__())
for v, n, order, signed in [(1024, 2, 'big', False), (1024, 4, 'little', False), (-1, 1, 'big', True), (-129, 2, 'big', True),
                            (127, 1, 'big', True), (2**64 - 1, 8, 'little', False), (0, 0, 'big', False), (-(2**63), 8, 'big', True)]:
    b = v.to_bytes(n, order, signed=signed)
    print(v, b, int.from_bytes(b, order, signed=signed), int.from_bytes(b, order))
print((5).to_bytes(), int.from_bytes(b'\x01\x00'), int.from_bytes([1, 2, 3], 'little'), int.from_bytes((255,), 'big', signed=True))
for expr in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(2, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
             lambda: (-129).to_bytes(1, 'big', signed=True), lambda: (5).to_bytes(2, 'middle'), lambda: (5).to_bytes(-1, 'big'),
             lambda: (5).to_bytes(1, 2), lambda: int.from_bytes('abc', 'big'), lambda: int.from_bytes([256], 'big'),
             lambda: (5).to_bytes(1, 'big', 3), lambda: (5).to_bytes(1, byteorder='big', length=2), lambda: (5).bit_length(1),
             lambda: hex(1.5), lambda: oct('7'), lambda: bin(None), lambda: int.bit_length('a')]:
    try:
        print(expr())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 42
print(hex(I()), oct(I()), bin(I()), len((3).to_bytes(I(), 'little')), round(1234.5678, I()))
print((7).__divmod__(2), (7).__rdivmod__(30), (7).__pow__(2, 5), (7).__rpow__(2), (7).__truediv__(2), (7).__add__(1.5), (7).__lt__(8), (7).__eq__(7.0))
print((7).__floor__(), (7).__ceil__(), (7).__trunc__(), (7).__round__(-1), (-7).__neg__(), (7).__invert__(), (0).__bool__(), (7).__hash__(), (7).__getnewargs__())
