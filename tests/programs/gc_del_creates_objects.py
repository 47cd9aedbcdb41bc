# Finalizers that allocate (lists, strings, new objects) while the collector is finalizing.
import gc
made = []
class Maker:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        made.append(["made"] * self.n + [str(self.n) * 4])
objs = [Maker(i) for i in range(20)]
for i in range(20):
    objs[i].next = objs[(i + 1) % 20]
del objs
gc.collect()
print(len(made), sorted(len(m) for m in made))
print(sorted(m[-1] for m in made)[:3])
