# dict views: keys/values/items are live, support len/in/reversed/set operations, and repr like CPython.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k), "b" in k, 2 in v, ("c", 3) in it, ("c", 4) in it)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), k == {"b", "c", "d"})
print(sorted(it & {("b", 2), ("c", 9)}), d.keys() <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(k).__name__, type(v).__name__, type(it).__name__, {}.keys(), {1: 2}.items())
