# A finalizer runs at most once per object, even when the object is collected again after resurrection.
import gc
saved = []
class Phoenix:
    count = 0
    def __del__(self):
        Phoenix.count += 1
        print("finalizing, time", Phoenix.count)
        saved.append(self)
p = Phoenix()
p.value = 42
del p
gc.collect()
print("resurrected:", len(saved), saved[0].value)
saved.clear()
gc.collect()
print("finalized", Phoenix.count, "time(s)")
gc.collect()
print("still", Phoenix.count)
