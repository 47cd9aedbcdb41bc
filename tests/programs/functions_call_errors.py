# TypeError messages for wrong calls: missing, too many, unexpected and duplicate arguments.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h():
    pass
class K:
    def m(self, x):
        pass
tests = [lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, b=2, a=3), lambda: f(1, 2, z=3), lambda: g(1),
         lambda: g(1, 2, 3), lambda: h(1), lambda: K().m(), lambda: K().m(1, 2), lambda: K.m(), lambda: g(c=1),
         lambda: f(1, a=1), lambda: (lambda x: x)(), lambda: g(1, 2, 3, 4, c=5)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
