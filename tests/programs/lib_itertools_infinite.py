# itertools: count, cycle, repeat — values, reprs, laziness, errors
from itertools import count, cycle, repeat, islice

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

c = count()
print(next(c), next(c), next(c), repr(c))
c = count(5)
print(repr(c), next(c), repr(c))
c = count(10, 3)
print(repr(c), [next(c) for _ in range(4)], repr(c))
c = count(2.5, 0.5)
print(repr(c), [next(c) for _ in range(3)], repr(c))
c = count(1, -1)
print([next(c) for _ in range(4)], repr(c))
print(repr(count(True)), repr(count(1, True)), repr(count(1.0)), repr(count(1, 1.0)))
print(repr(count(start=3, step=2)), repr(count(step=5)))
c = count(2**70)
print(next(c), repr(c))
show('count str', lambda: count('a'))
show('count step str', lambda: count(1, 'x'))
print(type(count()).__name__, isinstance(count(), count))
print(iter(c) is c)

r = repeat('ab', 3)
print(repr(r), list(r), repr(r))
r = repeat(7, 2)
print(next(r), repr(r), next(r), repr(r))
show('repeat next empty', lambda: next(r))
print(repr(repeat(None)), repr(repeat([1, 2], 0)), repr(repeat(1, -5)), list(repeat(1, -5)))
print(list(islice(repeat('x'), 4)))
print(list(repeat(times=2, object='k')))
show('repeat times str', lambda: repeat(1, 'a'))
show('repeat times float', lambda: repeat(1, 2.0))
print(repeat(3, 4).__length_hint__())
show('repeat length_hint unsized', lambda: repeat(3).__length_hint__())
print(list(map(lambda a, b: a ** b, range(5), repeat(2))))

cy = cycle('abc')
print([next(cy) for _ in range(8)])
cy = cycle([])
show('cycle empty', lambda: next(cy))
show('cycle int', lambda: cycle(5))
calls = []
def gen():
    for i in range(3):
        calls.append(i)
        yield i
cy = cycle(gen())
print(calls, next(cy), calls)
print([next(cy) for _ in range(7)], calls)
print(list(islice(cycle(range(3)), 10)))
print(list(zip(count(1), 'xyz')))
print(list(zip(cycle([True, False]), range(5))))
