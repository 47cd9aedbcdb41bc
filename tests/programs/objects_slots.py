# __slots__: fixed attributes, no __dict__, AttributeError messages, slots with inheritance.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    __slots__ = ("z",)
r = Q(1, 2)
r.z = 3
print(r.x, r.y, r.z, hasattr(r, "__dict__"))
class Free(P):
    pass
f = Free(5, 6)
f.anything = 7
print(f.anything, f.x, vars(f))
print(type(P.x).__name__)
