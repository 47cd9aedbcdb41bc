# __slots__ reads and writes at cached attribute sites (the interpreter's member cache
# entries) must behave as the generic path: unset slots, deletion, subclasses with
# more slots, __setattr__ hooks, and class changes after the sites are warm.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        P.__init__(self, x, y)
        self.z = z


class D(P):
    pass   # has a __dict__ too


def read(o):
    return o.x, o.y


def write(o, v):
    o.x = v


ps = [P(1, 2), Q(3, 4, 5), D(6, 7), P(8, 9)]
for _ in range(3):
    for p in ps:
        write(p, p.x + 1)
        print(type(p).__name__, read(p), p.norm())

d = ps[2]
d.extra = "own"
print(d.extra, read(d))

p = P(1, 1)
del p.y
for _ in range(2):
    try:
        read(p)
    except AttributeError as e:
        print("AttributeError:", e)
p.y = 5
print(read(p))


class Logged(P):
    __slots__ = ()

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


g = Logged(0, 0)
for v in (1, 2):
    write(g, v)
print(read(g))

# A class attribute assigned later shadows nothing for slots (data descriptors win)
# but replacing the descriptor itself must be seen at warm sites.
P.y = property(lambda self: "property y")
print(read(P(3, 4)) if False else read(ps[0]))
del P.y
try:
    read(ps[0])
except AttributeError as e:
    print("AttributeError:", e)


class Other:
    __slots__ = ("x",)


o = Other()
o.x = 10
for _ in range(2):
    try:
        print(o.x)
        write(o, 11)
    except AttributeError as e:
        print("AttributeError:", e)
print(o.x)


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("setter", value)
        self._v = value
        return "ignored"

    def __setattr__(self, name, value):
        print("hook", name)
        print(object.__setattr__(self, name, value))


pr = Prop()
pr.v = 3
print(pr.v, setattr(pr, "v", 4), pr.v)
