# Exact comparisons between ints and floats, including beyond 2**53, and equal hashes.
big = 2 ** 53
print(big + 1 == float(big + 1), big == float(big), float(big + 1) == big, big + 1 > float(big + 1))
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 10 ** 22 == 1e22, 2 ** 1000 < float("inf"), -(2 ** 1000) > float("-inf"))
print(1 == 1.0, 1 < 1.5, -1 > -1.5, 0 == -0.0, True == 1.0, 3 >= 3.0, 2 ** 63 == 2.0 ** 63)
print(float("nan") < 1, float("nan") > 1, 1 == float("nan"))
print(hash(1) == hash(1.0), hash(2 ** 70) == hash(2.0 ** 70), hash(-1) == hash(-1.0), hash(0.5))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(sorted([3, 1.5, 2, -0.5, 2 ** 60, 1e18]))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
