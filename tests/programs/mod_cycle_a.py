# Helper module: imports mod_cycle_b, which imports this module back while it is half initialized.
print("a: start")
A_EARLY = "a-early"
import mod_cycle_b
A_LATE = "a-late"
def from_b():
    return mod_cycle_b.B_VALUE
print("a: end")
