# list.sort and sorted: stability, key=, reverse=, timsort on larger inputs, NaN, unorderable errors, user __lt__
print(sorted([3, 1, 2]), sorted('banana'), sorted((2.5, -1, 0)), sorted({3: 'a', 1: 'b'}), sorted(range(5), reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y'), (2, 'c')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, reverse=True))
l = [5, 3, 9, 1]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
l.sort(key=lambda x: -x, reverse=True)
print(l)
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]), sorted([(1, 2), (1,), ()]))
print(sorted([True, 0, 2, -1.5, False]), sorted(['b', 'B', 'a', 'A']), sorted([1 << 70, -(1 << 70), 0]))
# a pseudo-random but deterministic data set: exercises runs, galloping and merges
data = [(i * 7919) % 1009 for i in range(2000)]
s = sorted(data)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
asc_runs = list(range(500)) + list(range(250)) + list(range(1000, 0, -3)) + [7] * 40
print(sorted(asc_runs)[::97])
keyed = sorted(range(1500), key=lambda x: (x * 31) % 17)
print(keyed[:20], keyed[-10:])
stable = sorted([(x % 5, i) for i, x in enumerate(data[:300])], key=lambda p: p[0])
print(stable[:8], all(stable[i][1] < stable[i + 1][1] for i in range(len(stable) - 1) if stable[i][0] == stable[i + 1][0]))
rev = sorted(data[:200], reverse=True)
print(rev[:5], rev[-5:])
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted([1]))
# NaN: the result depends on the exact comparisons made
nan = float('nan')
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 5, 3, nan, 1, 4]), sorted([2, 1, nan, 0, -1]))
# unorderable
for bad in ([1, 'a'], ['a', 1], [1, 2, None], [(1, 'a'), (1, 2)], [{1}, {2}, 3], [[1], (1,)], [1, 2, 3, 4, 5, 6, 'x', 7]):
    try:
        sorted(bad)
    except TypeError as e:
        print('TypeError', e)
m = [3, 'x', 1, 2]
try:
    m.sort()
except TypeError as e:
    print('TypeError', e, m)
print(sorted([{2, 3}, {1}, {2}], key=len))
# user objects with __lt__
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'V' + str(self.v)
vs = [V(3), V(1), V(2), V(1)]
print(sorted(vs), sorted(vs, reverse=True), min(vs), max(vs))
vs.sort(key=lambda v: -v.v)
print(vs)
big = [V((i * 37) % 101) for i in range(150)]
print(sorted(big)[:6], sorted(big)[-3:])
class NoLt:
    pass
try:
    sorted([NoLt(), NoLt()])
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print('TypeError', e)
for call in (lambda: sorted(), lambda: sorted([1], [2]), lambda: sorted([1], foo=1), lambda: [].sort(1),
             lambda: [].sort(reverse=1.5), lambda: sorted([2, 1], reverse=2)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
