# gc.isenabled/disable/enable, and gc.collect() returning an int even while disabled.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
print(type(gc.collect()).__name__)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, gc.collect() >= 0)
