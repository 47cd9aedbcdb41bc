# One member of a garbage cycle resurrects itself: the whole cycle survives and stays consistent.
import gc
survivor = None
class P:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        global survivor
        print("finalizer of", self.name)
        if self.name == "x":
            survivor = self
x = P("x")
y = P("y")
x.friend = y
y.friend = x
del x, y
gc.collect()
print(survivor.name, survivor.friend.name, survivor.friend.friend is survivor)
survivor = None
gc.collect()
print("no second finalization")
