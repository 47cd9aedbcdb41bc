# generator.throw: caught inside (generator continues), uncaught (propagates), into unstarted/finished generators.
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
it = g()
print(next(it), it.throw(ValueError("boom")), next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(it)
except StopIteration:
    print("finished after uncaught throw")
def fresh():
    print("never runs")
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted:", e)
done = iter(())
def finished():
    yield 1
fi = finished()
list(fi)
try:
    fi.throw(IndexError("late"))
except IndexError as e:
    print("finished:", e)
def with_finally():
    try:
        yield 1
    finally:
        print("cleanup")
w = with_finally()
next(w)
try:
    w.throw(TypeError, "type and value")
except TypeError as e:
    print("TypeError:", e)
