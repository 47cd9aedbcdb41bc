# min, max, sum, any, all: key=, default=, several arguments, empty sequences, errors, generators
print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min('hello'), max('a', 'b'), max((1, 2), (1, 3)), min([[2], [1, 5]]))
print(max([1, 2, 3], key=lambda x: -x), min(['aa', 'b', 'ccc'], key=len), max(['aa', 'bb', 'c'], key=len), min([], default='d'))
print(max([], default=None), max((x for x in range(5)), default=9), min(x * x for x in range(-3, 3)), max({3: 'a', 9: 'b'}))
print(max([1, 1.0]), max([1.0, 1]), min([0, False]), min([False, 0]), max([2, 2.5, True]), min(3, 2.0))
nan = float('nan')
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan, 1]))
for bad in (lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max(1, 2, default=0),
            lambda: max([1, 'a']), lambda: min(['a', 1]), lambda: max([(1, 'a'), (1, 2)]), lambda: max(1, 2, foo=3),
            lambda: min([1], key=1), lambda: max(x for x in [])):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'V' + str(self.v)
print(max([V(1), V(5), V(3)]), min([V(4), V(2)]), max(V(1), V(2)), max([V(1), V(1)], key=lambda v: 0))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([1.5, 2.5]), sum([0.1] * 10), sum([1, 2.5, 3]), sum([], 7), sum(range(100)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(x for x in range(4)), sum([True, True, 3]), sum([10 ** 20, 10 ** 20]))
print(sum([1e308, 1e308]), sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([-1, 0.5]), sum(start=5, iterable=[1]) if False else sum([1], start=5))
for bad in (lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum(), lambda: sum(1), lambda: sum([1], 2, 3),
            lambda: sum([1, 'a']), lambda: sum(['a']), lambda: sum([1], x=2)):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
class Money:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return Money(self.n + (o.n if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self):
        return 'Money(' + str(self.n) + ')'
print(sum([Money(1), Money(2)]), sum([Money(1)], Money(10)))
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]), any(x > 3 for x in range(5)))
print(all(x < 3 for x in range(5)), any({0: 1}), all({1: 0}), any(range(0)), all(range(1, 4)), any('') , all('abc'))
class Truthy:
    def __init__(self, t):
        self.t = t
    def __bool__(self):
        print('bool', self.t)
        return self.t
print(any([Truthy(False), Truthy(True), Truthy(True)]), all([Truthy(True), Truthy(False), Truthy(True)]))
def gen():
    yield 1
    print('after first')
    yield 0
    print('never')
print(any(gen()), all(x for x in gen()))
for bad in (lambda: any(), lambda: all(1), lambda: any([1], [2])):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
