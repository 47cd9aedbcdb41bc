# min/max (key, default, several args), sum (start, floats), any/all, and the empty-sequence errors.
print(max([3, 1, 4]), min(3, 1, 4), max("abc"), max([1, 2], [1, 3]), max([], default="none"), min([], default=None))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "c"], key=len), max([1, -5, 3], key=abs), max([2, 2.0]), min([2.0, 2]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10 ** 3)), sum([]), sum([2 ** 70, 1]))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
for f in (max, min):
    try:
        f([])
    except ValueError as e:
        print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
