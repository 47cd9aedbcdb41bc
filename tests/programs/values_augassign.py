# Augmented assignment with every arithmetic and bitwise operator, on names, items and attributes.
x = 17
for op in range(12):
    if op == 0: x += 5
    elif op == 1: x -= 30
    elif op == 2: x *= -3
    elif op == 3: x //= 4
    elif op == 4: x %= 7
    elif op == 5: x **= 3
    elif op == 6: x <<= 5
    elif op == 7: x >>= 2
    elif op == 8: x &= 0x3FF
    elif op == 9: x |= 0x1001
    elif op == 10: x ^= 0xFF
    else: x /= 8
    print(op, x)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] **= 4
print(lst)
class C: pass
c = C()
c.v = 2
c.v *= 21
print(c.v)
d = {"k": 1}
d["k"] -= 5
print(d)
s = "ab"
s *= 3
print(s)
