# Chained comparisons evaluate each operand once and short-circuit; and/or/not return operands.
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) == v(1) != v(2) is not None, log)
x = 5
print(1 < x <= 5, 0 < x < 5, x in range(10) in [range(10)], 1 < 2 > 0, "a" < "b" < "c" > "a")
log.clear()
r = v(0) and v(1)
s = v(2) or v(3)
t = not v(0) or v(4)
print(r, s, t, log)
print([] or None or 0 or "last", 1 and [] and 2, "x" and "y" and "z")
