# sys attributes: maxsize, byteorder, platform, version_info, modules, and recursion limit round-trip.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform, sys.version_info[:2] >= (3, 11))
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys, "__main__" in sys.modules)
old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
print(sys.version_info.major, sys.version_info[0], sys.version_info >= (3,))
