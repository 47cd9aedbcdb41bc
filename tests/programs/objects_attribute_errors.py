# AttributeError messages for instances, classes, modules, built-in types and None.
import sys
class A:
    x = 1
a = A()
tests = [lambda: a.nope, lambda: A.nope, lambda: (5).nope, lambda: None.nope, lambda: "s".nope, lambda: [].nope,
         lambda: sys.nope, lambda: int.nope, lambda: (1.5).nope, lambda: {}.nope, lambda: A.x.nope]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].append = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().foo = 1
except AttributeError as e:
    print("AttributeError:", e)
