# Objects held by a dropped list are all finalized by gc.collect(), each before the objects it references.
# CPython's reference counting frees a list's items from the end (3, 2, 1, 0); a tracing
# collector finalizes unrelated objects in an order of its own (Weft: creation order), so
# the order between the items is not part of the test. The order between an object and
# what it references is: the referrer first, as reference counting does for acyclic garbage.
import gc
log = []
class Item:
    def __init__(self, n, child=None):
        self.n = n
        self.child = child
    def __del__(self):
        log.append(self.n)
items = [Item(i, Item(10 + i)) for i in range(4)]
del items
gc.collect()
print(sorted(log))
print("each item before its child:", all(log.index(i) < log.index(10 + i) for i in range(4)))
print("collected")
