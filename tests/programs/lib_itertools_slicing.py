# itertools: islice (eager validation, exact consumption), takewhile, dropwhile, tee
from itertools import islice, takewhile, dropwhile, tee, count

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(20), 1, 15, 4)))
print(list(islice(range(5), 10)))
print(list(islice(range(5), 3, 3)))
print(list(islice(range(5), None)))
print(list(islice(range(5), None, None, None)))
print(list(islice(range(10), True, 5)))
for args in [(-1,), (-2,), ('a',), (1.5,), (-1, 3), (1, -1), (1, -5), (0, 5, 0), (0, 5, -1), ('x', 2), (1, 2, 'z'), (2**64,)]:
    show('islice' + repr(args), lambda: islice([], *args))
show('islice 1 arg', lambda: islice([]))
show('islice 5 args', lambda: islice([], 1, 2, 3, 4))
show('islice not iterable', lambda: islice(3, 2))
show('islice kw', lambda: islice([], stop=3))

it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
it = iter(range(10))
s = islice(it, 1, 8, 3)
print(next(s), next(s), next(s, 'done'), next(it))
c = count()
print(list(islice(c, 3, 10, 2)), next(c))

class Noisy:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            print('  noisy: stop')
            raise StopIteration
        self.i += 1
        print('  noisy: next ->', self.i)
        return self.i
print(list(islice(Noisy(3), 5)))
s = islice(Noisy(5), 2)
print('created')
print(list(s))
print(list(s))

print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [])))
print(list(dropwhile(lambda x: True, [1, 2])))
it = iter([1, 2, 10, 3, 4])
tw = takewhile(lambda x: x < 5, it)
print(list(tw), list(it))
show('takewhile int', lambda: takewhile(None, 5))
show('dropwhile int', lambda: dropwhile(None, 5))
show('takewhile bad pred', lambda: list(takewhile(None, [1])))

a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
t = tee('xyz', 3)
print(len(t), [list(x) for x in t])
print(tee([1], 0))
show('tee negative', lambda: tee([1], -1))
show('tee str n', lambda: tee([1], 'a'))
show('tee int', lambda: tee(1))
it = iter(range(6))
a, b = tee(it)
print(next(a), next(a), next(a), next(b))
print(list(b), list(a))
x, y = tee(Noisy(2))
print('tee made')
print(next(x))
print(next(y))
print(list(x), list(y))
