# list operators: + * == < in, nested reprs, aliasing via *, list() from iterables, unpacking.
a = [1, 2, 3]
print(a + [4], a * 2, [0] * 3, 2 * [None], a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], [1, [2]] < [1, [3]], 2 in a, 5 not in a)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1, "j": 2}), list(), [*a, *"xy"], [[], [[]], [1, [2, [3]]]])
first, *rest = a
*init, last = a
print(first, rest, init, last, len([]), [] == [], [0] * 0)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * [2]
except TypeError as e:
    print("TypeError:", e)
print([1, 2] * -1, [x for x in a if x % 2], max([[1, 2], [1, 3]]), list(map(list, ["ab", "c"])))
