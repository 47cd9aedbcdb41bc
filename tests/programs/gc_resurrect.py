# Resurrection: a finalizer stores self in a global; the object (and what it references) stays usable.
import gc
keep = None
class Node:
    def __init__(self, label, child=None):
        self.label = label
        self.child = child
    def __del__(self):
        global keep
        if self.label == "root":
            print("resurrecting", self.label)
            keep = self
root = Node("root", Node("child", Node("grandchild")))
root = None
gc.collect()
print(keep.label, keep.child.label, keep.child.child.label)
keep.child.child.label = "changed"
print(keep.child.child.label)
keep = None
gc.collect()
print("done; the root's finalizer did not run again")
