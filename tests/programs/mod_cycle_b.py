# Helper module: the other half of the import cycle with mod_cycle_a.
print("b: start")
import mod_cycle_a
B_VALUE = "b-value"
print("b: sees", mod_cycle_a.A_EARLY, hasattr(mod_cycle_a, "A_LATE"))
print("b: end")
