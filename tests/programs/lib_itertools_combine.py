# itertools: accumulate, chain, compress, filterfalse, starmap, pairwise, zip_longest
from itertools import accumulate, chain, compress, filterfalse, starmap, pairwise, zip_longest, count

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], func=lambda a, b: a if a > b else b)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=100)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate(range(5), initial=None)))
show('accumulate int', lambda: accumulate(5))
show('accumulate mixed', lambda: list(accumulate([1, 'a'])))

print(list(chain('abc', [1, 2], (3,), range(2))))
print(list(chain()), list(chain([])), list(chain([], [], [1])))
print(list(chain.from_iterable(['ab', 'cd', []])))
print(list(chain.from_iterable([range(i) for i in range(4)])))
c = chain([1], 5, [2])
print(next(c))
show('chain non-iterable', lambda: next(c))
show('from_iterable int', lambda: chain.from_iterable(5))
g = chain.from_iterable([[1], 5])
print(next(g))
show('from_iterable inner int', lambda: next(g))
def gen():
    print('  gen started')
    yield 1
c = chain(gen(), gen())
print('chain made')
print(list(c))

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [0, 1, 1, 1, 1])))
print(list(compress('ABCDEF', [True, False])))
print(list(compress(range(100), [x % 7 == 0 for x in range(20)])))
show('compress int', lambda: compress(1, []))
show('compress int2', lambda: compress([], 1))
it = iter('abc')
print(list(compress(it, [1])), list(it))

print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', [], [0], None, False])))
show('filterfalse int', lambda: filterfalse(None, 3))

print(list(starmap(lambda a, b: a ** b, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: a, [[1, 2], 'xy', (), range(3)])))
show('starmap not iterable args', lambda: list(starmap(lambda x: x, [1])))
show('starmap int', lambda: starmap(None, 3))

print(list(pairwise('ABCDEFG')))
print(list(pairwise([1])), list(pairwise([])), list(pairwise([1, 2])))
it = iter(range(5))
p = pairwise(it)
print(next(p), list(it), list(p))
show('pairwise int', lambda: pairwise(3))

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', 'xyz', [1])))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest('ab')))
from itertools import islice
print(list(islice(zip_longest(range(3), count(), fillvalue=0), 5)))
print(list(zip_longest([1, 2], [], fillvalue=None)))
show('zip_longest bad kw', lambda: zip_longest([], fill=1))
show('zip_longest int', lambda: zip_longest([], 3))
# zip_longest stops as soon as the last active iterator runs out
a = iter([1, 2, 3])
b = iter([10])
z = zip_longest(b, a)
print(list(z), list(a))
class Stop:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        print('  next', self.n)
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(zip_longest(Stop(), 'a')))
