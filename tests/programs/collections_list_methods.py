# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear, +=, *=, +, *, comparisons, in
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend((7,))
l.extend(range(8, 10))
l.extend('ab')
l.extend({'k': 1})
l.extend(x * 10 for x in range(2))
print(l, len(l))
l.insert(0, 'first')
l.insert(100, 'last')
l.insert(-1, 'before-last')
l.insert(-100, 'very-first')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop(-5), lambda: [1].pop('x'), lambda: [1].remove(2),
            lambda: [1].index(2), lambda: ['a'].index('b'), lambda: [1].index(1, 'a'), lambda: (1,).index(2),
            lambda: [].append(), lambda: [].insert(1), lambda: [].count(), lambda: [].index()):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = [1, 2, 3, 2, 1, 2]
print(m.index(2), m.index(2, 2), m.index(2, -3), m.index(1, 1, 5), m.count(2), m.count(9), m.count(1.0))
try:
    m.index(3, 3, 5)
except ValueError as e:
    print('ValueError', e)
m.remove(2)
print(m)
m.reverse()
print(m)
c = m.copy()
c.append(99)
print(m, c, m == c, m != c)
c.clear()
print(c, len(c))
a = [1, 2]
b = a
a += [3]
a += (4, 5)
a += range(6, 8)
a += (x for x in 'xy')
print(a, b is a)
a *= 2
print(a, b is a)
a *= 0
print(a, b is a)
z = [1, 2]
z *= -1
print(z)
print([1, 2] + [3], [1] * 3, 3 * [0], [] * 5, [[]] * 2, [1, 2] * True)
for bad in (lambda: [1] + (1,), lambda: [1] * 'a', lambda: (1,) + [1], lambda: [1] * 1.5, lambda: 'a' * [1]):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] <= [1], [] < [1], [1, 'a'] == [1, 'a'], [1, 2] == (1, 2))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (1, 'b') < (1, 'c'), () == (), (1,) != (1,))
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print('TypeError', e)
try:
    [1] < (1,)
except TypeError as e:
    print('TypeError', e)
print(2 in [1, 2], 3 in [1, 2], [1] in [[1]], 'a' in ['a'], None in [0, False], float('nan') in [float('nan')])
n = float('nan')
print(n in [n], [n] == [n], (n,) == (n,), [n].count(n), [n].index(n))
# tuples
t = (1, 2, 3, 2)
print(t.index(2), t.count(2), t[1:], t[::-1], t[5:], t + (4,), t * 2, len(t), t[-1])
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((None, True, 1.5, 'x')) == hash((None, True, 1.5, 'x')))
print(tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}), tuple(x for x in [5]), tuple((1, 2)))
print(list((1, 2)), list('hi'), list({3: 4}), list({3: 4}.items()), list(range(2, 5)), list(x * 2 for x in range(3)))
try:
    t[10]
except IndexError as e:
    print('IndexError', e)
try:
    t['a']
except TypeError as e:
    print('TypeError', e)
try:
    t[0] = 1
except TypeError as e:
    print('TypeError', e)
# recursive reprs
r = [1]
r.append(r)
print(r, len(repr(r)))
q = {'k': [1]}
q['k'].append(q)
print(q)
tt = ([],)
tt[0].append(tt)
print(tt)
print(repr([]), repr(()), repr((1,)), repr([(1,), [2]]), str([1.5, 'a', None, True]))
