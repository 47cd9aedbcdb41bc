# Bare raise, raising a caught exception again, the except variable being deleted, raising classes.
def f():
    try:
        raise ValueError("original")
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    print("re-raised:", e)
try:
    raise KeyError
except KeyError as e:
    print("class raised:", repr(e))
try:
    try:
        raise OSError("x")
    except OSError as err:
        saved = err
    print(saved)
    err
except NameError as e:
    print("NameError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)
e1 = ValueError("reused")
for i in range(2):
    try:
        raise e1
    except ValueError as e:
        print(i, e is e1)
