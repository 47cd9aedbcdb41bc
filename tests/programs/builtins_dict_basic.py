# dict: insertion order, overwrite keeps position, delete and re-insert moves to the end, get/setdefault/pop/popitem.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
del d["b"]
d["b"] = 20
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.setdefault("a", 99), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("new"), d.pop("zz", "dflt"), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:10], sum(big.values()))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} != {1: 2}, dict(a=1, b=2), dict([("x", 1)], y=2), {**d, "z": 0})
