# Ints around the machine-word boundaries (2**62, 2**63, 2**64) stay exact under every operator.
import sys
print(sys.maxsize, -sys.maxsize - 1, sys.maxsize + 1, sys.maxsize * 2 + 1)
edges = [2 ** 61, 2 ** 62 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64]
for e in edges:
    for v in (e, -e):
        print(v, v + 1, v - 1, v * 2, v // 3, v % 3, -v, abs(v), v >> 1, v << 1, v & 0xFFFF, ~v)
print(2 ** 63 - 1 + 1 == 2 ** 63, -(2 ** 63) - 1 < -(2 ** 63), (2 ** 64) // (2 ** 32))
print(type(2 ** 100).__name__, type(-(2 ** 63)).__name__, (2 ** 63) - (2 ** 63) == 0)
x = 2 ** 62 - 10
for i in range(20):
    x += 1
print(x, x == 2 ** 62 + 10)
print(sys.maxsize * sys.maxsize, (-sys.maxsize - 1) * -1, (-sys.maxsize - 1) // -1)
