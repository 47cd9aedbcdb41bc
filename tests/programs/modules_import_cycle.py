# A cycle of imports: the second module sees the first one partially initialized.
import mod_cycle_a
print("main: ", mod_cycle_a.A_LATE, mod_cycle_a.from_b())
import mod_cycle_b
print(mod_cycle_b.mod_cycle_a is mod_cycle_a)
