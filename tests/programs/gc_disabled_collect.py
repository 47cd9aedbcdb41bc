# With automatic collection disabled, an explicit gc.collect() still frees cycles and runs finalizers.
import gc
gc.disable()
freed = []
class N:
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        freed.append(self.i)
for i in range(100):
    N(i)
junk = [[j] * 50 for j in range(2000)]
del junk
gc.collect()
print(len(freed), sorted(freed)[:5], sorted(freed)[-1])
gc.enable()
print(gc.isenabled())
