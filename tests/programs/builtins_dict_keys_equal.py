# Keys that compare equal (1, 1.0, True) share one entry; the first key object is kept.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "t", 1: "one"}
print(d2)
d3 = {0: "zero", False: "false", 0.0: "zerof", -0.0: "negzero"}
print(d3)
d4 = {(1, 2): "tuple", (1.0, 2.0): "ftuple", frozenset([1]): "fs", frozenset([1.0]): "fs2"}
print(d4)
d5 = {2 ** 70: "big", float(2 ** 70): "bigf", 10 ** 20: "e20", 1e20: "e20f"}
print(d5)
print({1, 1.0, True}, {0, False, 0.0}, 1 in {1.0: 2}, 1.5 in {1: 2})
