# StopIteration.value carries a generator's return value; a raised StopIteration becomes RuntimeError.
def g():
    yield 1
    return "payload"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
def bad():
    yield 1
    raise StopIteration("inner")
b = bad()
next(b)
try:
    next(b)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def empty_return():
    return
    yield
try:
    next(empty_return())
except StopIteration as e:
    print("value is", e.value)
