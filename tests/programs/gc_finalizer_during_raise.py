# A collection while an exception is on its way to its handler (raising allocates)
# may find objects with finalizers: they must run without taking over the exception
# (the handler still catches it). Under --gc-torture every raise here collects.
import gc

ran = []


class D:
    def __del__(self):
        ran.append(1)
        try:
            raise ValueError("inside __del__")
        except ValueError:
            pass


def gen():
    try:
        yield 1
    finally:
        ran.append(2)


caught = 0
empty = {}
for i in range(200):
    d = D()
    d.me = d          # a cycle: only the collector frees it
    g = gen()
    next(g)
    cycle = [g]
    cycle.append(cycle)
    del d, g, cycle
    try:
        empty[i]      # the KeyError is the first allocation since the cycles died
    except KeyError as e:
        caught += e.args[0] == i
    try:
        raise LookupError(i)
    except LookupError as e:
        caught += 1
gc.collect()
print(caught, sum(1 for r in ran if r == 1), sum(1 for r in ran if r == 2))
