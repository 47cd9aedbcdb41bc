# Finalizer order for a chain a -> b -> c dropped at once: the head first (CPython: a, b, c).
import gc
class Link:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt
    def __del__(self):
        print("del", self.name, "next is", self.nxt.name if self.nxt else None)
head = Link("a", Link("b", Link("c")))
del head
gc.collect()
print("collected")
