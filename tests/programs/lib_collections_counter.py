# collections.Counter: counting, most_common, elements, update/subtract, arithmetic, comparisons, repr
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
print(Counter(), Counter({'x': 3, 'y': 1}), Counter(x=1, y=2), Counter([1, 1, 2], z=5))
c.update('aaz')
c.update({'b': 10})
c.update(q=3)
print(c)
c.subtract('aaaa')
c.subtract({'b': 20})
c.subtract(q=1)
print(c)
del c['r']
del c['never']
print(c, 'r' in c)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x -= Counter(c=1)
print(x)
x |= Counter(c=9, e=1)
print(x)
x &= Counter(c=2, e=5)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=2, b=1) >= Counter(a=1), Counter(a=2) > Counter(a=2), Counter() == {})
cp = c.copy()
cp['new'] = 1
print(type(cp).__name__, 'new' in c, isinstance(c, dict))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
wc = Counter(words)
print(wc.most_common(3), wc['the'], sorted(wc))
print(repr(Counter({'x': None, 'y': 'text'})) if False else Counter({'b': 1, 'a': 1, 'c': 2}))
class MyCounter(Counter):
    pass
m = MyCounter('aab')
print(m, repr(MyCounter()), type(m + m).__name__)
print(Counter(a=1.5, b=0.5), Counter({'k': 2}).get('k'), Counter('xyz').keys())
