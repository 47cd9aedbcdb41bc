# int bitwise operators and shifts on negative and big ints (two's complement semantics)
vals = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -(2**64), 2**100 + 12345, -(2**100) + 1, 0x5555555555555555555, -0x3333333333333333]
for a in vals:
    print(a, [(a & b, a | b, a ^ b) for b in vals], ~a)
for a in [1, -1, 7, -7, 2**65 + 3, -(2**65) - 3]:
    print(a, [a << s for s in (0, 1, 13, 63, 64, 100)], [a >> s for s in (0, 1, 2, 63, 64, 65, 100, 1000)])
print(1 >> (1 << 70), -1 >> (1 << 70), 0 << (1 << 70), -5 >> 1, -5 >> 2, -1 >> 1)
for expr in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 2**100 << -3, lambda: 1.0 << 1, lambda: 1 & 1.0, lambda: ~1.5]:
    try:
        print(expr())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = 0b1011
x &= 0b0110
x |= 0b10000
x ^= -1
x <<= 3
x >>= 1
print(x, bin(x), hex(x), oct(x))
