# Shifts on positive and negative ints, crossing the small/big boundary, and bad counts.
for a in [0, 1, -1, 5, -5, 255, -256, 12345, -12345]:
    print(a, [a << n for n in (0, 1, 3, 31, 32, 62, 63, 64, 100)])
    print(a, [a >> n for n in (0, 1, 3, 8, 31, 63, 64, 200)])
big = 3 ** 80
print(big >> 10, -big >> 10, big << 10, -big << 10, -big >> 1000, big >> 1000)
print((1 << 64) >> 64, (-1 << 64) >> 63, 1 << 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
x = 1
x <<= 70
print(x)
x >>= 69
print(x)
