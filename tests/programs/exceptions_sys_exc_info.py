# sys.exc_info() and sys.exception() inside and outside handlers, and in functions called from handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v, type(tb).__name__)
    def helper():
        return sys.exc_info()[0].__name__
    print(helper())
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    print(e.__traceback__ is sys.exc_info()[2], e.__traceback__.tb_lineno)
