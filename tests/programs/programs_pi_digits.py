# A small program: 200 digits of pi with a big-integer spigot (Machin's formula).
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
digits = 200
unity = 10 ** (digits + 10)
pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
s = str(pi)[:digits + 1]
print(s[0] + "." + s[1:])
print(sum(int(c) for c in s), s.count("9"))
