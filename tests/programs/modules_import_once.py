# A module body runs once; later imports reuse sys.modules; modules are shared objects.
import sys
print("mod_basic" in sys.modules)
import mod_basic
import mod_basic
from mod_basic import greet
print("mod_basic" in sys.modules, sys.modules["mod_basic"] is mod_basic)
def inside():
    import mod_basic as again
    return again is mod_basic
print(inside())
