# generator.close: GeneratorExit, finally blocks, closing twice, and a generator that ignores GeneratorExit.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")
it = g()
print(next(it))
it.close()
it.close()
print(list(it))
never = g()
never.close()
print("closed unstarted")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "won't stop"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
