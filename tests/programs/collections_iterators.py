# enumerate, zip (strict), reversed, map, filter, iter(callable, sentinel): types, laziness, exhaustion, errors
print(type(enumerate([])), type(zip()), type(reversed([])), type(map(str, [])), type(filter(None, [])))
print(type(reversed((1,))).__name__, type(reversed('ab')).__name__, type(reversed(range(3))).__name__, type(iter(int, 1)).__name__)
print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate([], 5)), list(enumerate('xy', start=-1)))
print(list(enumerate(range(3), 2 ** 70)), list(enumerate(iterable='ab')), list(enumerate(x * 2 for x in range(3))))
e = enumerate(['p', 'q'])
print(next(e), iter(e) is e, next(e), next(e, 'end'))
try:
    next(e)
except StopIteration:
    print('StopIteration')
for bad in (lambda: enumerate(), lambda: enumerate(1), lambda: enumerate([], 1.5), lambda: enumerate([], x=1),
            lambda: zip([1], x=1), lambda: map(str), lambda: filter(None), lambda: reversed(), lambda: reversed(1),
            lambda: reversed({1}), lambda: reversed({}.items()) and reversed(5), lambda: iter(1, 2), lambda: map(None, 1)):
    try:
        bad()
    except TypeError as ex:
        print('TypeError', ex)
print(list(zip()), list(zip([1, 2, 3], 'ab')), list(zip(range(3), range(10, 20), 'xyz')), list(zip([1], [2], strict=True)))
for args in (([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5]), ([1], [2], [3, 4])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as ex:
        print('ValueError', ex)
def g(n):
    for i in range(n):
        yield i
try:
    print(list(zip(g(2), g(3), strict=True)))
except ValueError as ex:
    print('ValueError', ex)
print(list(zip(g(3), 'abcd')), list(zip('ab', g(5))), dict(zip(g(2), g(2))))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Seq())), list(reversed(Rev())), list(Seq()) if False else 'skip', list(iter([3, 2, 1, 0].pop, 1)))
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i
print(list(GetItemOnly()), list(enumerate(GetItemOnly())), 2 in GetItemOnly(), list(zip(GetItemOnly(), 'ab')))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, ['a', 'bb'])), list(map(abs, g(3))))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(bool, [0, 2])))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(None, g(4))
print(next(f), list(f))
calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)), calls)
it = iter(counter, 100)
print(next(it), next(it))
def stopper():
    raise StopIteration
print(list(iter(stopper, 0)))
# laziness: map calls the function only as items are taken
def noisy(x):
    print('noisy', x)
    return x
m = map(noisy, [1, 2, 3])
print('created')
print(next(m))
for i, (a, b) in enumerate(zip('ab', reversed(range(2)))):
    print(i, a, b)
print([i for i in enumerate(map(str, filter(None, [0, 5, 6])))])
print(sorted(enumerate('cab'), key=lambda p: p[1]), max(enumerate([3, 9, 2]), key=lambda p: p[1]))
print(list(zip(*[(1, 'a'), (2, 'b')])), list(map(list, zip('ab', 'cd'))))
