# Generators driven by for loops (the interpreter resumes and suspends them in its
# loop): handled-exception state across yields, errors raised inside, re-entry,
# exhaustion, generators abandoned or closed mid-loop.
import sys


def gen(n):
    for i in range(n):
        yield i * i


print([x for x in gen(5)], sum(gen(100)), list(gen(0)))


def exc_state():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


try:
    raise ValueError("outer")
except ValueError:
    for name in exc_state():
        print(name, sys.exc_info()[0].__name__)
print(sys.exc_info())


def failing():
    yield 1
    raise ZeroDivisionError("in generator")


try:
    for x in failing():
        print("got", x)
except ZeroDivisionError as e:
    print("caught", e)


def reentrant():
    yield next(g)


g = reentrant()
try:
    for _ in g:
        pass
except ValueError as e:
    print("ValueError", e)


def stops():
    yield 1
    raise StopIteration


try:
    for x in stops():
        print(x)
except RuntimeError as e:
    print("RuntimeError", e)


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


# (Closed explicitly: an abandoned generator is finalized when collected, which
# CPython's reference counting does at once and a tracing collector later.)
it = with_finally()
for x in it:
    print(x)
    break
it.close()
for x in it:
    print("never", x)


def nested(n):
    for a in gen(n):
        for b in gen(a):
            yield a, b


print(list(nested(4)))


def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            return
        total += x


c = counter()
next(c)
print(c.send(5), c.send(6))
for v in c:
    print("after send", v)
    break
