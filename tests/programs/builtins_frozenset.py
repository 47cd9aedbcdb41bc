# frozenset: hashable, usable as dict keys and set members, operations return frozenset, repr.
f = frozenset([3, 1, 2])
g = frozenset([2, 3, 4])
print(f, frozenset(), f | g, f & g, f - g, type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
d = {f: "f", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()], {f, frozenset([1, 2, 3])} == {f})
print(hash(f) == hash(frozenset([1, 2, 3])), f == {1, 2, 3}, frozenset([frozenset([1])]))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(set(), frozenset(range(3)), repr(set([1])), frozenset(f) is f if False else "skip")
