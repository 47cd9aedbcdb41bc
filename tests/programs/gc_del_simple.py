# __del__ runs when an unreachable object is collected (dropped, then gc.collect()).
import gc
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = A("first")
print("created")
a = None
gc.collect()
print("after first")
b = A("second")
del b
gc.collect()
print("after second")
def f():
    local = A("local")
    print("in f")
f()
gc.collect()
print("end")
