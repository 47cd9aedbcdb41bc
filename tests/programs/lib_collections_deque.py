# collections.deque: both ends, maxlen, rotation, indexing, errors, reprs
from collections import deque

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

d = deque()
print(repr(d), len(d), bool(d), d.maxlen)
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[1], bool(d))
print(d.pop(), d.popleft(), d)
d.extend('abc')
d.extendleft([10, 20])
print(d)
show('pop empty', lambda: deque().pop())
show('popleft empty', lambda: deque().popleft())

d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(5)
print(d)
d.appendleft(-1)
print(d)
d.extend([7, 8])
print(d)
d.extendleft([100])
print(d)
print(repr(deque(maxlen=0)), repr(deque([1, 2], 0)), repr(deque('ab', maxlen=5)))
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
print(z, len(z))
show('maxlen -1', lambda: deque([], -1))
show('maxlen str', lambda: deque([], 'a'))
show('maxlen float', lambda: deque([], 2.0))
print(repr(deque([1, 2, 3], maxlen=True)))
show('deque int', lambda: deque(5))

d = deque(range(10))
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate()
print(d)
d.rotate(23)
print(d)
d.rotate(-1000001)
print(d)
e = deque()
e.rotate(5)
print(e)
show('rotate str', lambda: deque([1]).rotate('x'))

d = deque('abcdef')
print(d[2], d[-2], d.index('c'), d.index('c', 1, 4), d.count('a'), 'e' in d, 'z' in d)
show('index missing', lambda: d.index('z'))
show('index out of window', lambda: d.index('a', 1))
show('getitem range', lambda: d[6])
show('getitem neg range', lambda: d[-7])
show('getitem slice', lambda: d[1:2])
show('getitem str', lambda: d['a'])
d[0] = 'A'
d[-1] = 'F'
print(d)
del d[1]
print(d)
del d[-2]
print(d)
show('del range', lambda: d.__delitem__(10))
d.insert(0, 'start')
d.insert(100, 'end')
d.insert(-1, 'before end')
d.insert(2, 'two')
d.insert(-100, 'very start')
print(d)
d.remove('two')
print(d)
show('remove missing', lambda: d.remove('nothing'))
d.reverse()
print(d)
print(d.copy(), d.copy() is d, d.copy() == d)
d.clear()
print(d, len(d))
full = deque([1, 2], maxlen=2)
show('insert full', lambda: full.insert(0, 9))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) == [1, 2])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque())
try:
    deque([1]) < [1]
except TypeError:
    print('lt list: TypeError')
try:
    hash(deque())
except TypeError:
    print('hash: TypeError')
print(deque([1]) + deque([2, 3]), deque('ab') * 2, 3 * deque([0]), deque([1, 2]) * 0)
show('add list', lambda: deque([1]) + [2])
show('mul str', lambda: deque([1]) * 'a')
m = deque([1, 2], maxlen=5)
m *= 3
print(m)
m += 'xy'
print(m)
one = deque([7], maxlen=3)
one *= 10
print(one)

d = deque([1, 2, 3])
print(list(reversed(d)), list(d), [x * 2 for x in d], sum(d) if False else None)
d.append(d)
print(d)
n = deque([[1, 2], 'x', None, (3,)])
print(n, str(n))
