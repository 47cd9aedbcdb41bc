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
# Slot values live apart from the instance dict.
print(sorted(vars(f)), f.__dict__)
del f.anything
print(f.x, f.y, vars(f))
f.__dict__["x"] = "in dict"
print(f.x, f.__dict__["x"])
# Member descriptors by hand.
print(P.x.__get__(None, P) is P.x, repr(P.x))
P.x.__set__(p, 42)
print(P.x.__get__(p, P), p.x)
P.x.__delete__(p)
print(hasattr(p, "x"))
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", repr(e))
try:
    P.x.__get__(5, int)
except TypeError as e:
    print("TypeError:", e)
# Layout conflicts and slots through several levels.
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class Both(S1, S2):
        pass
except TypeError as e:
    print("TypeError:", e)
class Deep(Q):
    __slots__ = ("w", "__private")
    def set_private(self, v):
        self.__private = v
    def get_private(self):
        return self.__private
d = Deep(1, 2)
d.z, d.w = 3, 4
d.set_private(5)
print(d.x, d.y, d.z, d.w, d.get_private(), hasattr(d, "__dict__"), sorted(Deep.__dict__)[:3])
class Mixed(Deep, S1.__base__):
    pass
m = Mixed(7, 8)
m.extra = 9
print(m.x, m.y, vars(m))
