# Data and non-data descriptors: __get__/__set__/__set_name__, precedence over instance dicts.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Rec:
    x = Typed()
    y = Typed()
    z = NonData()
r = Rec()
r.x = 5
print(r.x, r.y, type(Rec.x).__name__)
try:
    r.y = "no"
except TypeError as e:
    print("TypeError:", e)
print(r.z)
r.__dict__["z"] = "from instance"
print(r.z)
r.__dict__["x"] = "shadow?"
print(r.x)
class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        v = self.f(obj)
        setattr(obj, self.f.__name__, v)
        return v
class Data:
    @Lazy
    def expensive(self):
        print("computing")
        return 99
d = Data()
print(d.expensive, d.expensive)
