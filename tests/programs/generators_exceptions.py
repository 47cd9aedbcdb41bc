# Exceptions inside generators: propagating out of next(), finally on exhaustion, try around yield.
def risky():
    yield 1
    raise ValueError("inside generator")
r = risky()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(next(r, "exhausted"))
def guarded():
    for i in range(3):
        try:
            yield 10 // (1 - i)
        except ZeroDivisionError:
            print("never: exceptions at next() are not thrown in")
        finally:
            print("finally", i)
out = []
try:
    for v in guarded():
        out.append(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(out)
def handler():
    try:
        while True:
            yield
    except Exception as e:
        yield f"handled {type(e).__name__}"
h = handler()
next(h)
print(h.throw(OSError("x")))
