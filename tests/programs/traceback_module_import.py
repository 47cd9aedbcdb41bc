# A traceback through a function of an imported module shows that module's file and source line.
import mod_failing
print("imported", mod_failing.NAME)
mod_failing.explode(3)
