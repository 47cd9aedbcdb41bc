# dict errors: unhashable keys, changing size during iteration, KeyError with various key types.
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {}[{}] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}.get([1])
except TypeError as e:
    print("TypeError:", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
for key in [5, "s", (1, 2), None, 2.5, ("a",), ""]:
    try:
        {}[key]
    except KeyError as e:
        print("KeyError:", e, e.args)
d = {1: "a"}
for k in list(d):
    d[k + 1] = "b"
print(d)
