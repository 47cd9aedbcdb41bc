# Containers that contain themselves: repr with [...] / {...}, and they are collected.
import gc
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"a": 1}
d["self"] = d
print(d)
both = [d, lst]
print(both)
class Box:
    def __del__(self):
        print("box finalized")
lst.append(Box())
del lst, d, both
gc.collect()
print("done")
