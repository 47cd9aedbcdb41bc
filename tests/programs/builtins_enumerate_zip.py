# enumerate (with start), zip (unequal lengths, strict mode, transposition), and their iterators.
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)), dict(enumerate("xy")))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[[1, 2, 3], [4, 5, 6]])))
e = enumerate("xyz")
print(next(e), next(e), list(e), type(e).__name__)
z = zip(range(3), range(10, 13), range(20, 23))
print(next(z), list(z), type(z).__name__)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "cd", strict=True)))
for i, (a, b) in enumerate(zip("pq", "rs"), 1):
    print(i, a, b)
