# del on names, list items and slices, dict keys, attributes, and the errors when the target is missing.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
l = list(range(10))
del l[0], l[-1]
del l[::2]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del l[100]
except IndexError as e:
    print("IndexError:", e)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
