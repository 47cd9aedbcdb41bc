# Attribute access repeated at one site (what the inline caches of getattr/setattr see):
# the answer must follow class changes, new properties, deleted attributes, and many
# classes at one site.
class Base:
    kind = "base"
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def who(self):
        return self.kind

def read_all(objs):
    return [(o.get(), o.who()) for o in objs]

classes = []
for i in range(7):
    classes.append(type("C%d" % i, (Base,), {"kind": "k%d" % i}))
objs = [c(i) for i, c in enumerate(classes)] + [Base(99)]
for _ in range(3):
    print(read_all(objs))

# A class attribute changes after the sites have seen it.
b = Base(1)
for i in range(3):
    print(b.who(), b.get())
    Base.kind = "changed%d" % i

# A method replaced on the class; an instance attribute shadowing a method.
def new_get(self):
    return -self.x
Base.get = new_get
print([b.get() for _ in range(2)])
b.get = lambda: "own"
print([b.get() for _ in range(2)])
del b.get
print(b.get())

# A property added later takes precedence over the instance attribute.
class P:
    def __init__(self):
        self.v = 1
p = P()
def read(o):
    return o.v
print(read(p), read(p))
P.v = property(lambda self: "property")
print(read(p), read(p))
del P.v
print(read(p))

# Stores: updates, new attributes, a deleted attribute (the instance leaves its map).
class S:
    pass
def fill(o, n):
    for i in range(n):
        o.a = i
        o.b = i * 2
    return o.a, o.b
s1, s2 = S(), S()
print(fill(s1, 3), fill(s2, 2))
del s1.a
print(fill(s1, 4), vars(s1))
# __setattr__ added to the class later intercepts stores at a warm site.
def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)
S.__setattr__ = logging_setattr
print(fill(s2, 1))
# Many attributes (past the inline slots) and a __getattr__ fallback.
class Many:
    def __getattr__(self, name):
        return "missing " + name
m = Many()
for i in range(20):
    setattr(m, "f%d" % i, i)
print([getattr(m, "f%d" % i) for i in range(20)][-3:], m.f19, m.nothing)
# A class-level constant seen through instances of different classes at one site.
class T1:
    limit = 10
class T2:
    limit = (1, 2)
class T3:
    @staticmethod
    def limit():
        return "static"
print([getattr(o, "limit") for o in (T1(), T2(), T1(), T2())], T3().limit())
