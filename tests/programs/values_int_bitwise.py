# & | ^ ~ on negative and big ints (two's complement semantics of Python ints).
vals = [0, 1, -1, 6, -6, 255, -256, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -2 ** 64 - 3, 3 ** 50, -(3 ** 50)]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
print([~v for v in vals])
print(-1 & 0xFF, -256 | 15, -5 ^ 3, ~0, ~-1, ~(2 ** 100))
print(bin(-37 & 0xFFFF), hex(-1 & (2 ** 128 - 1)))
x = 0b1010
x &= 0b0110
print(x)
x |= 0b1001
print(x)
x ^= -1
print(x)
