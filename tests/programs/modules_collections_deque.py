# collections.deque: both ends, maxlen, rotate, indexing, repr, extendleft order, errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1], 2 in d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.index(7), d.count(1))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b, list(b))
d.remove(7)
d.reverse()
print(d, deque(), deque("ab"), deque([1]) == deque([1]), list(reversed(deque([1, 2, 3]))))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
d.clear()
print(d, bool(d))
