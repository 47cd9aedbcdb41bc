# dict.fromkeys, copy, clear, update forms, | and |= merges, dict(zip()), comprehensions.
d = dict.fromkeys(["x", "y"], 0)
e = dict.fromkeys("ab")
print(d, e)
c = d.copy()
c["x"] = 5
print(d, c)
d.update({"y": 1, "z": 2})
d.update([("w", 3)])
d.update(v=4)
print(d)
print(d | {"a": 9, "x": 7}, {"a": 9} | d)
d |= {"x": 100}
print(d)
d.clear()
print(d, len(d))
print(dict(zip("abc", range(3))), {k: v * 2 for k, v in zip("xy", (1, 2))}, {i: i * i for i in range(5) if i % 2})
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    {} | []
except TypeError as e:
    print("TypeError:", e)
