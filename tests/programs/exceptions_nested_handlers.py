# Exceptions raised and caught inside except and finally blocks; the handled exception is restored after.
import sys
def current():
    e = sys.exc_info()[1]
    return repr(e)
try:
    raise ValueError("outer")
except ValueError:
    print("in outer handler:", current())
    try:
        raise KeyError("inner")
    except KeyError:
        print("in inner handler:", current())
    print("back in outer:", current())
print("outside:", current())
def f():
    try:
        raise TypeError("in f")
    except TypeError:
        return current()
print(f(), current())
try:
    try:
        raise OSError("first")
    finally:
        print("finally sees:", current())
except OSError:
    pass
