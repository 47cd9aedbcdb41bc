# Big-int arithmetic: factorial, products, sums, and exactness across the small/big boundary.
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(sum(int(d) for d in str(f)))
a = 2 ** 62
print(a - 1, a, a + 1, -a, -a - 1, a * 2, a * a)
m = 2 ** 63 - 1
print(m + 1, m * m, -m - 1, -m - 2, (m + 1) // 2, m - m)
x = 123456789012345678901234567890
y = 987654321098765432109876543210
print(x + y, x - y, y - x, x * y, y // x, y % x, -y // x, -y % x)
print(x * -y, (-x) * (-y), x ** 3)
print(abs(-x), -(-x), +x, x == 123456789012345678901234567890, x < y, -x > -y)
print((10 ** 50 + 1) - 10 ** 50, 10 ** 50 // 10 ** 49, (2 ** 200) // (2 ** 199))
acc = 0
for i in range(200):
    acc = acc * 3 + i
print(acc)
print(acc % 1000000007, acc // 7 ** 100)
