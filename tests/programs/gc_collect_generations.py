# gc.collect() accepts a generation argument (0, 1, 2) and rejects bad ones.
import gc
for g in (0, 1, 2):
    print(g, type(gc.collect(g)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
class C:
    def __del__(self):
        print("collected")
c = C()
c.c = c
del c
gc.collect(2)
print("end")
