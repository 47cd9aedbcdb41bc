# Class attributes shared by instances, mutable class attributes, assignment on class vs instance.
class Reg:
    items = []
    counter = 0
    def add(self, v):
        self.items.append(v)
        self.counter += 1
a, b = Reg(), Reg()
a.add(1)
b.add(2)
print(Reg.items, a.items is b.items, a.counter, b.counter, Reg.counter)
Reg.counter = 100
c = Reg()
print(c.counter, a.counter)
Reg.extra = lambda self: "extra method"
print(a.extra(), "extra" in Reg.__dict__)
class Config:
    debug = False
    level = 1
print([k for k in Config.__dict__ if not k.startswith("__")])
setattr(Config, "level", 2)
print(Config.level, getattr(Config, "debug"))
