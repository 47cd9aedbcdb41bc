# set and frozenset: methods, operators, in-place forms, comparisons, iteration order (ints only)
s = {5, 3, 1}
s.add(4); s.add(3)
print(s, len(s), 3 in s, 9 in s, 9 not in s)
s.discard(5); s.discard(99)
print(s)
s.remove(4)
try:
    s.remove(4)
except KeyError as e:
    print('KeyError', e)
print(s.pop(), s)
e = set()
try:
    e.pop()
except KeyError as ex:
    print('KeyError', ex)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10, 11]), a.intersection(b, {5}), a.difference(b, [1]), a.symmetric_difference(b))
print(a.union(), a.intersection(), a.difference(), a.union(range(3)))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
print(a <= a, a < a, a <= a | b, a < a | b, a >= {1}, a > {1}, a == {5, 4, 3, 2, 1}, a != b)
print({1, 2} == frozenset({1, 2}), frozenset({1}) == {1}, {1} == {1.0}, set() == frozenset())
c = a.copy()
c.update([100], (200,))
print(c, a)
c.intersection_update({1, 2, 100, 300})
print(c)
c.difference_update([1])
print(c)
c.symmetric_difference_update({2, 3})
print(c)
c.clear()
print(c, bool(c))
x = {1, 2, 3}
x |= {4}
x &= {1, 2, 4, 8}
x -= {1}
x ^= {2, 9}
print(x)
y = x
y |= {50}
print(x is y, x)
try:
    x |= [1]
except TypeError as ex:
    print('TypeError', ex)
try:
    x | [1]
except TypeError as ex:
    print('TypeError', ex)
try:
    {1} < [1]
except TypeError as ex:
    print('TypeError', ex)
f = frozenset([3, 1, 2])
print(f, f | {9}, {9} | f, f & {1}, f - {1}, f ^ {1, 7}, type(f | {9}).__name__, type({9} | f).__name__)
print(f.copy() is f, frozenset(f) is f, f.union([5]), type(f.union()).__name__)
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), (3, 4)})), hash(frozenset([-1, -2])))
try:
    f.add(1)
except AttributeError as ex:
    print('AttributeError', ex)
try:
    hash({1})
except TypeError as ex:
    print('TypeError', ex)
print({frozenset([1]): 'a'}[frozenset({1})], {1, 2} in {frozenset({1, 2})}, set() in {frozenset()})
ss = {frozenset({1}), frozenset({2})}
ss.remove({1})
print(ss)
# iteration order follows CPython's table
print(set(range(20)), {100, 1, 37, 64, 8, 1000, -5})
print(set([64, 32, 16, 8, 0]), {n * 8 for n in range(10)}, set((n * 1031) % 97 for n in range(30)))
big = set(range(0, 300, 7))
print(len(big), list(big)[:10], sorted(big)[-3:])
for n in range(0, 300, 14):
    big.discard(n)
big.add(1000)
big.add(-1)
print(list(big)[:12])
print(set({'k': 1, 'j': 2}.values()), set({9: 1, 1: 2}), set(frozenset([5, 6])))
t = {(1, 2), (2, 1), (0, 0), (1, 1)}
print(t)
print(sorted({3.5, 1.25, 2.0}), {0.5, 1.5, 2.5})
print(set('') , frozenset(), set([]), repr(set()), str(frozenset()))
u = {1, 2, 3}
v = u.copy()
print(u.pop(), u.pop(), u, v)
for call in (lambda: set().add(), lambda: set().pop(1), lambda: set().union(a=1), lambda: set(1, 2), lambda: set(a=1)):
    try:
        call()
    except TypeError as ex:
        print('TypeError', ex)
