# An unfinished generator that becomes garbage is closed: its finally block runs (GeneratorExit).
import gc
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)
g = gen("g1")
print(next(g))
del g
gc.collect()
print("after g1")
def catcher():
    try:
        yield "x"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catcher()
next(c)
c = None
gc.collect()
print("end")
