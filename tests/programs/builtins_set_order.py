# Iteration order of int sets follows CPython's hash table (hash(i) == i), including growth and removal.
print({5, 3, 1, 100, 33})
print({10, 2, 18, 34})
print({-1, -2, 0, 1, 2})
s = set()
for i in [64, 8, 0, 16, 32, 7, 9, 1000, 2 ** 40, 31]:
    s.add(i)
print(s)
print(set(range(20, 0, -3)))
t = set(range(100))
for i in range(0, 100, 2):
    t.discard(i)
print(list(t)[:10])
t.update([1000, 2000, 3000])
print([x for x in t if x > 90])
print({2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, -(2 ** 61)})
print(sorted({3.5, 1.25, 2.0}), {1.5, 2.5, 0.5})
u = {(1, 2), (2, 1), (0, 0)}
print(len(u), sorted(u))
