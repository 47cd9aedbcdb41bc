# collections.namedtuple: fields, repr, _asdict, _replace, _make, defaults, tuple behaviour.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]), tuple(p), p == (1, 2))
x, y = p
print(x + y, len(p), type(p).__name__, isinstance(p, tuple), hash(p) == hash((1, 2)))
Color = namedtuple("Color", "r g b", defaults=[0])
print(Color(1, 2), Color(1, 2, 3), Color._field_defaults)
Rec = namedtuple("Rec", "name, age")
print(Rec("ann", 30), sorted([Rec("b", 2), Rec("a", 3)]))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
class P3(namedtuple("P3", "a b c")):
    def total(self):
        return self.a + self.b + self.c
print(P3(1, 2, 3).total(), P3(1, 2, 3))
