# range: len, indexing, slicing (gives ranges), in, index/count, reversed, repr, equality, hash, big ranges
r = range(10)
print(r, range(1, 10, 3), range(5, -5, -2), range(0), len(r), len(range(1, 10, 3)), len(range(5, -5, -2)), len(range(3, 1)))
print(r[0], r[-1], r[3], range(1, 10, 3)[2], range(5, -5, -2)[-1])
print(r[2:8], r[::-1], r[::2], r[1::3], r[-3:], r[8:2:-2], r[100:], range(0, 20, 5)[1:3], range(10, 0, -1)[2:5])
print(list(r[2:8:2]), list(range(10, 0, -3)[::-1]))
for bad in (lambda: r[10], lambda: r[-11], lambda: r['a'], lambda: range(1.5), lambda: range(0, 10, 0), lambda: r.index(10),
            lambda: range(1, 2, 3, 4), lambda: range()):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 3.5 in r, 'a' in r, True in r)
print(r.index(4), range(0, 20, 5).index(15), r.count(3), r.count(11), range(5).count(2.0), range(5).index(True))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2, 5), r == list(r), r != range(9))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 2, 9)), hash(range(10)), hash(range(0, 10, 2)))
print(r.start, r.stop, r.step, range(1, 9, 2).step, bool(range(0)), bool(range(1)))
print(type(iter(r)).__name__, type(reversed(r)).__name__, type(iter(range(10 ** 20, 10 ** 20 + 3))).__name__)
big = range(10 ** 20, 10 ** 20 + 10, 3)
print(big, list(big), big[1], big[-1], 10 ** 20 + 3 in big, 10 ** 20 + 4 in big, big.index(10 ** 20 + 6), len(big))
huge = range(10 ** 30)
print(huge[-1], huge[10 ** 29], huge[::10 ** 29], 10 ** 29 in huge)
try:
    len(huge)
except OverflowError as e:
    print('OverflowError', e)
print(list(range(-3, 3)), list(range(3, -3, -1)), sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'))
print({range(3): 'a'}[range(0, 3)], set([range(2), range(0, 2, 1)]) == {range(2)})
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), 'abc')), [i * i for i in range(-2, 3)])
