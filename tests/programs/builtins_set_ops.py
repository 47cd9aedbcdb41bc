# set operations on ints: union/intersection/difference/symmetric difference, subsets, mutation, errors.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union([9], (8,)), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
s = set()
s.add(5)
s.add(5)
s.update([1, 2], {3})
s.discard(100)
s.remove(1)
print(s, len(s), 2 in s, 1 in s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 50}
print(c, a)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(set("aaa"), set([3, 1, 2]) == {1, 2, 3}, {1, 2} == frozenset([1, 2]))
