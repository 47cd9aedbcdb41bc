# from m import x, from m import x as y, from m import * (honouring __all__).
from mod_basic import greet, Widget as W
from mod_basic import counter, bump
print(greet("from"), W(1))
print(counter, bump(), counter)
from mod_basic import *
print(PI_ISH, "_private" in dir(), "bump" in globals())
import mod_basic
print(mod_basic.counter)
try:
    from mod_basic import nothing_here
except ImportError as e:
    print("ImportError:", e)
