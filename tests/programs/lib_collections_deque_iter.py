# collections.deque: iteration while mutating, queue/stack use, subclasses, large sizes
from collections import deque

d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)

d = deque([1, 2, 3])
it = iter(d)
d[1] = 'changed'
print(list(it))
it = iter(d)
d.reverse()
print(list(it))
it = reversed(d)
print(next(it))
d.popleft()
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)

d = deque([1, 2, 3])
try:
    for x in d:
        if x == 3:
            d.append(4)
except RuntimeError as e:
    print('mutated at the end:', e, d)

d = deque([1])
it = iter(d)
d.rotate(1)
print(list(it))
d = deque([1, 2])
it = iter(d)
d.rotate(2)
try:
    print(list(it))
except RuntimeError as e:
    print('rotate invalidates:', e)

class Cmp:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append('x')
        return False
d = deque([1, 2, 3])
try:
    d.count(Cmp(d))
except RuntimeError as e:
    print('count:', e)
d = deque([1, 2, 3])
try:
    Cmp(d) in d
except RuntimeError as e:
    print('contains:', e)

# a FIFO queue and a sliding window
q = deque()
for i in range(1000):
    q.append(i)
    if len(q) > 10:
        q.popleft()
print(list(q), len(q))
total = 0
while q:
    total += q.popleft()
print(total, q)
window = deque(maxlen=4)
avgs = []
for x in [40, 30, 50, 46, 39, 44]:
    window.append(x)
    avgs.append(sum(window) / len(window) if False else len(window))
print(window, avgs)

# a stack with both ends and big sizes
s = deque()
for i in range(1500):
    if i % 3:
        s.appendleft(i)
    else:
        s.append(i)
print(len(s), s[0], s[-1], s[700], s.index(998), 1499 in s)
for i in range(600):
    s.pop()
    s.popleft()
print(len(s), s[0], s[-1], list(s)[:5])
s.rotate(333)
print(s[0], s[-1])
big = deque(range(3000))
big.rotate(-1500)
print(big[0], big[-1], len(big))

class Sub(deque):
    def peek(self):
        return self[-1]
s = Sub([1, 2, 3], maxlen=5)
print(repr(s), s.peek(), isinstance(s, deque), type(s.copy()).__name__, repr(s.copy()))
s2 = Sub('ab')
s2.tag = 'tagged'
print(s2, s2.tag, s2 + deque('c'), type(s2 + deque('c')).__name__)
