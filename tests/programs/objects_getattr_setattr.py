# __getattr__ (missing attributes only), __getattribute__, __setattr__, __delattr__.
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:] * 2
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.x_ab, getattr(d, "x_q"), hasattr(d, "y"), getattr(d, "y", "dflt"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = Logged()
l.a = 5
print(l.a, l.__dict__)
del l.a
print(hasattr(l, "a"))
class Spy:
    def __init__(self):
        self.v = 3
    def __getattribute__(self, name):
        if name != "__dict__":
            print("get", name)
        return object.__getattribute__(self, name)
s = Spy()
print(s.v)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
