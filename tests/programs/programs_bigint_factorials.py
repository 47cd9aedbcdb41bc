# A small program: big factorials, binomials, digit sums, trailing zeros and exact divisions.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f500 = fact(500)
s = str(f500)
print(len(s), s[:30], sum(map(int, s)), len(s) - len(s.rstrip("0")))
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print(binom(100, 50), binom(200, 3), fact(30) // fact(28))
cat = [binom(2 * n, n) // (n + 1) for n in range(15)]
print(cat)
x = f500
count = 0
while x % 7 == 0:
    x //= 7
    count += 1
print(count, x % 1000)
