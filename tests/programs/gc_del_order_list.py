# Finalizer order of objects held by a list that is dropped (CPython frees a list's items from the end).
import gc
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
items = [Item(i) for i in range(4)]
del items
gc.collect()
print("collected")
