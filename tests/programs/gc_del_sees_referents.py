# A finalizer of a cycle member can still read the other members and their data.
import gc
log = []
class Holder:
    def __init__(self, name):
        self.name = name
        self.data = {"items": [1, 2, 3], "label": name.upper()}
    def __del__(self):
        log.append((self.name, self.peer.name, self.peer.data["label"], sum(self.peer.data["items"])))
a = Holder("a")
b = Holder("b")
a.peer = b
b.peer = a
del a, b
gc.collect()
print(sorted(log))
