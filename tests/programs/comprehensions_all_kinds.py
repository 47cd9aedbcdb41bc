# List, set, dict comprehensions and generator expressions: nesting, conditions, scoping.
print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0], [(i, j) for i in range(3) for j in range(i)])
print({x % 4 for x in range(10)}, {k: v for k, v in zip("abc", range(3))}, {n: [m for m in range(n)] for n in range(3)})
print([[r * c for c in range(3)] for r in range(3)], [y for x in [[1, 2], [3]] for y in x])
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), list(g), list(g), sum(x for x in range(101)), max(len(w) for w in ["a", "abc"]))
x = "outer"
r = [x for x in range(2)]
print(x, r)
print([i if i % 2 else -i for i in range(5)], {i: i for i in range(3)}.keys(), [c.upper() for c in "hey"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([a for a in [b for b in range(10) if b > 5] if a < 8])
