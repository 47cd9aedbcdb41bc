# __new__: singletons, immutable subclasses, __init__ skipped when __new__ returns another type.
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init")
a, b = Single(), Single()
print(a is b)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str), len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class WithArgs:
    def __new__(cls, *args, **kw):
        obj = object.__new__(cls)
        obj.args = args
        return obj
    def __init__(self, *args, **kw):
        self.kw = kw
w = WithArgs(1, 2, k=3)
print(w.args, w.kw)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
