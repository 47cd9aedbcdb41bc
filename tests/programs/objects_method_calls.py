# obj.method(args) at one call site, many times: through classes, overrides, exceptions
# raised in the method and in the lookup, generators, and methods replaced on the fly.
class A:
    def __init__(self, n):
        self.n = n
    def step(self, k):
        return self.n + k
    def fail(self, k):
        if k == 2:
            raise ValueError("bad %d" % k)
        return k
    def gen(self, k):
        yield self.n
        yield k

class B(A):
    def step(self, k):
        return super().step(k) * 10

def run(objs):
    out = []
    for o in objs:
        out.append(o.step(1))
    return out

objs = [A(1), B(2), A(3)]
print(run(objs), run(objs))
a = A(5)
for k in range(4):
    try:
        print("ok", a.fail(k))
    except ValueError as e:
        print("caught", e)
print([list(a.gen(k)) for k in range(2)])
# The method replaced on the class, then shadowed by an instance attribute.
for i in range(3):
    print(a.step(i))
    if i == 0:
        A.step = lambda self, k: "replaced %d" % k
    if i == 1:
        a.step = lambda k: "own %d" % k
# A missing method raises AttributeError from the same site that called it before.
class C:
    def m(self):
        return "m"
c = C()
for i in range(3):
    try:
        print(c.m())
    except AttributeError as e:
        print("AttributeError:", e)
    if i == 0:
        del C.m
# Wrong arguments to a cached method.
def call_with(o, *args):
    return o.step(*args) if len(args) != 1 else o.step(args[0])
print(call_with(A(1), 1))
try:
    print(call_with(B(1), 1, 2))
except TypeError as e:
    print("TypeError:", e)
# Deep recursion through a method call site.
class R:
    def down(self, n):
        return 0 if n == 0 else 1 + self.down(n - 1)
print(R().down(500))
