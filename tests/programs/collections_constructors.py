# list(), tuple(), set(), frozenset(), dict() from every kind of iterable: copies, generators, iterators, views, user iterables
def gen(n):
    for i in range(n):
        yield i * 10
class It:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
class Iterable:
    def __iter__(self):
        return iter(['x', 'y'])
src = [3, 1, 2, 3]
def show(x):
    # sets of strs print in CPython's randomized order: show those sorted
    if isinstance(x, (set, frozenset)) and any(isinstance(v, (str, tuple)) for v in x):
        return type(x).__name__ + ':' + repr(sorted(x))
    return x
for make in (list, tuple, set, frozenset):
    print(make.__name__, make(src), make((3, 1)), show(make('aba')), make(range(3)), make(gen(3)), make(It(3)), show(make(Iterable())))
    print(make({5: 'a', 6: 'b'}), show(make({5: 'a'}.values())), show(make({5: 'a'}.items())), make(iter([1, 2])), show(make(x for x in 'hi')))
    print(show(make(enumerate('ab'))), show(make(zip('ab', 'cd'))), make(map(abs, [-1, 1])), make(reversed([1, 2])), make(filter(None, [0, 7])))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b, list(a) == a, tuple(a) is tuple(a), type(tuple((1,))) is tuple)
t = (1, 2)
print(tuple(t) is t, list(t), set(t) == {1, 2}, frozenset(frozenset(t)), frozenset(t) == frozenset(t))
it = iter([1, 2, 3])
next(it)
print(list(it), list(it))
g = gen(4)
print(next(g), tuple(g), tuple(g))
print(dict([('a', 1)]), dict(enumerate('xy')), dict(zip(gen(2), It(2))), dict({'k': 1}.items()), dict(a=1, **{'b': 2}))
class Mapping:
    def keys(self):
        return ['m', 'n']
    def __getitem__(self, k):
        return k * 2
print(dict(Mapping()), dict(Mapping(), z=0))
d = {}
d.update(Mapping())
d.update(It(0))
d |= Mapping()
print(d)
try:
    dict(It(2))
except TypeError as e:
    print('TypeError', e)
try:
    list(It)
except TypeError as e:
    print('TypeError', e)
for bad in (lambda: list(1, 2), lambda: tuple(x=1), lambda: list(None), lambda: frozenset(1), lambda: dict(1, 2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
# comprehensions and displays
print([x for x in gen(3)], {x % 2 for x in range(5)}, {x: x * x for x in It(3)}, (x for x in [1]).__class__.__name__)
print([*gen(2), *'ab', *{1: 2}], (*It(2), *range(2)), {*gen(2), *[0, 5]}, {**{'a': 1}, 'b': 2, **dict(c=3)})
first, *rest = gen(4)
print(first, rest)
x, y = It(2)
print(x, y)
try:
    p, q = It(3)
except ValueError as e:
    print('ValueError', e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print('ValueError', e)
print(sorted(set(gen(5)) | frozenset(It(3))), len(list(range(1000))), sum(list(gen(100))))
big = list(range(3000))
big2 = list(big)
big2.reverse()
print(big2[:3], tuple(big)[2999], len(set(big) ^ set(range(100, 3100))), len(dict.fromkeys(big)))
