# Cycles of objects with finalizers are freed by gc.collect(); every member is finalized once.
import gc
finalized = []
class Obj:
    def __init__(self, n):
        self.n = n
        self.other = None
    def __del__(self):
        finalized.append(self.n)
def make_pair(n):
    a, b = Obj(n), Obj(n + 1)
    a.other, b.other = b, a
make_pair(0)
make_pair(2)
x = Obj(4)
x.other = x
del x
gc.collect()
print(sorted(finalized))
ring = [Obj(10 + i) for i in range(5)]
for i in range(5):
    ring[i].other = ring[(i + 1) % 5]
del ring
gc.collect()
print(sorted(finalized))
gc.collect()
print(len(finalized))
