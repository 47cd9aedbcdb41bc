# hash() of ints, floats, bools and tuples of them: CPython's exact values.
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, 1.5, -0.0, 0.1, 1e100, 2.0 ** 61, float("inf")]:
    print(repr(v), hash(v))
print(hash(True), hash(False), hash(()), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((1.5, 2)))
print(hash(frozenset()), hash(frozenset([1, 2, 3])))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
