# hashing of keys: numbers that compare equal, tuples (CPython's tuplehash), frozensets, ranges; unhashable errors
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(0.5), hash(-1.5), hash(1e300), hash(float('inf')), hash(float('-inf')))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, -2)), hash(((1, 2), (3, 4))), hash((True, 1.0, 1)))  # (None has an address-based hash in 3.11)
print(hash((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), hash((2 ** 70, -5)), hash((0.1, 0.2)), hash(((),)))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset(range(100))), hash(frozenset([(1, 2)])))
print(hash(frozenset([frozenset([1]), frozenset([2])])), hash(frozenset([-1])), hash(frozenset([1.5, 2.5])))
print(hash(range(5)), hash(range(1, 10, 3)), hash(range(10 ** 20)), hash(range(0)) == hash(range(4, 4)), hash(range(1, 2)) == hash(range(1, 2, 7)))
d = {}
d[1] = 'a'
d[1.0] = 'b'
d[True] = 'c'
d[(1, 2)] = 'd'
d[(1.0, 2.0)] = 'e'
d[frozenset([1])] = 'f'
d[frozenset([1.0])] = 'g'
d[range(3)] = 'h'
d[range(0, 3, 1)] = 'i'
print(d, len(d))
s = {0, 0.0, False, -0.0, (0,), (0.0,), 2 ** 64, float(2 ** 64)}
print(len(s), sorted(map(repr, s)))
keys = [(i, (i * 7) % 13, (i, -i)) for i in range(200)]
t = {k: n for n, k in enumerate(keys)}
print(len(t), t[(5, 9, (5, -5))], all(t[tuple(list(k))] == n for n, k in enumerate(keys)))
fs = {frozenset(range(i)) for i in range(30)}
print(len(fs), frozenset(range(7)) in fs, frozenset(range(31)) in fs)
for bad in ([], {}, set(), ([],), ({},), slice(1), {}.keys(), {}.items()):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    {[1, 2]: 3}
except TypeError as e:
    print('TypeError', e)
try:
    {1, 2, [3]}
except TypeError as e:
    print('TypeError', e)
try:
    frozenset([{1}])
except TypeError as e:
    print('TypeError', e)
try:
    {}.setdefault([1])
except TypeError as e:
    print('TypeError', e)
try:
    [1] in {1: 2}
except TypeError as e:
    print('TypeError', e)
try:
    [1] in {1, 2}
except TypeError as e:
    print('TypeError', e)
print({1} in {frozenset({1})}, type(hash({}.values())).__name__)
