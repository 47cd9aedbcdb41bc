# int arithmetic: + - * // % divmod with small, boxed and negative ints, and bools
vals = [0, 1, -1, 7, -7, 3, -3, 2**62 - 1, -(2**62), 2**63, -(2**63) - 1, 10**30 + 7, -(10**25), True, False]
for a in vals:
    row = []
    for b in vals:
        r = [a + b, a - b, a * b]
        try:
            r.append(a // b)
            r.append(a % b)
            r.append(divmod(a, b))
        except ZeroDivisionError as e:
            r.append(str(e))
        row.append(r)
    print(a, row)
x = 5
x += 2**70
x -= 3
x *= -2
x //= 7
x %= 10**9
print(x, -x, +x, abs(-x), abs(-2**100))
print(True + True, True - False, True * 7, -True, +False, ~True, ~False, abs(True), True // True, True % True)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(divmod(10**30, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(-(-2**62), (2**62) * 2, (-2**62) * -2, (2**31) * (2**31), 3 * -(2**62))
print(type(True + 1).__name__, type(True & True).__name__, type(True | 2).__name__, True & True, True ^ True, False | False)
