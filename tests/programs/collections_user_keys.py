# dicts and sets keyed by objects whose __hash__ and __eq__ are written in Python
class P:
    calls = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        P.calls += 1
        return isinstance(other, P) and self.x == other.x and self.y == other.y
    def __repr__(self):
        return f'P({self.x}, {self.y})'

d = {P(1, 2): 'a', P(3, 4): 'b'}
print(d[P(1, 2)], P(3, 4) in d, P(5, 6) in d, d.get(P(5, 6), 'none'), d.get(P(3, 4)))
d[P(1, 2)] = 'A'
print(d, len(d))
print(d.setdefault(P(7, 8), 'c'), d.setdefault(P(7, 8), 'zz'), d.pop(P(3, 4)), d.pop(P(3, 4), 'gone'))
try:
    d[P(0, 0)]
except KeyError as e:
    print('KeyError', e)
del d[P(7, 8)]
try:
    del d[P(7, 8)]
except KeyError as e:
    print('KeyError', e)
print(d, P(1, 2) in d.keys(), (P(1, 2), 'A') in d.items())
d2 = dict.fromkeys([P(1, 1), P(1, 1), P(2, 2)], 0)
print(d2, d2 == {P(2, 2): 0, P(1, 1): 0}, d2 != {P(2, 2): 0})
d2.update({P(1, 1): 5}, )
d2.update([(P(9, 9), 9)])
print(d2, d2 | {P(2, 2): 'two'}, {P(2, 2): 'two'} | d2)
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(9, 9) in s)
s.add(P(2, 1))
s.add(P(3, 3))
s.discard(P(1, 2))
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
try:
    s.remove(P(1, 2))
except KeyError as e:
    print('KeyError', e)
t = {P(2, 1), P(4, 4)}
print(sorted(s & t, key=repr), sorted(s | t, key=repr), sorted(s - t, key=repr), sorted(s ^ t, key=repr))
print(s.issuperset([P(2, 1)]), s.isdisjoint(t), {P(2, 1)} <= s, s == {P(3, 3), P(2, 1)}, frozenset(s) == s)
u = set(s)
u.intersection_update([P(3, 3)])
print(u)
u.symmetric_difference_update({P(3, 3), P(5, 5)})
print(u)
u |= {P(6, 6)}
u -= {P(5, 5)}
print(sorted(u, key=repr))
print([P(1, 1), P(2, 2)].index(P(2, 2)), [P(1, 1), P(1, 1)].count(P(1, 1)), P(2, 2) in [P(1, 1), P(2, 2)])
l = [P(1, 1), P(2, 2), P(1, 1)]
l.remove(P(1, 1))
print(l, (P(1, 1), P(2, 2)) == (P(1, 1), P(2, 2)), [P(1, 1)] != [P(1, 1)])
print(hash((P(1, 2), 3)) == hash(((1, 2), 3)) if False else 'skip', {(P(1, 2), 3): 'x'}[(P(1, 2), 3)])
print(P.calls > 0)

class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __repr__(self):
        return f'H{self.h}'
# same hash, default (identity) equality: distinct keys
a, b = H(1), H(1)
d = {a: 1, b: 2, 1: 'int'}
print(len(d), d[a], d[b], d[1])
# big hash values are reduced as ints are
class Big:
    def __hash__(self):
        return 2 ** 70 + 5
print(hash(Big()) == hash(2 ** 70 + 5), hash(H(-1)))
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print('TypeError', e)
try:
    set([Unhashable()])
except TypeError as e:
    print('TypeError', e)
