# Tuples: packing/unpacking, 1-tuples, count/index, comparisons, hashing, immutability errors.
t = 1, 2, 3
u = (4,)
print(t, u, (), tuple("ab"), tuple([1, [2]]), t + u, t * 2, t[1:], t[::-1], len(t), type(()).__name__)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
print(t.count(2), t.index(3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"), hash((1, 2)) == hash((1, 2)))
x, y = 1, 2
x, y = y, x
print(x, y)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0], tuple(x * 2 for x in range(3)))
