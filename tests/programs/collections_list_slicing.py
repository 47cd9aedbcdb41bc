# list and tuple slicing: get, set and delete with steps, extended slice size errors, negative and huge bounds
base = list(range(10))
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2), slice(None, None, -1),
          slice(8, 2, -2), slice(-100, 100), slice(100, -100, -1), slice(5, 5), slice(7, 2), slice(1, 9, 3),
          slice(-1, -8, -3), slice(None, None, 10 ** 20), slice(-10 ** 20, 10 ** 20, 3)]:
    print(s, base[s], tuple(base)[s])
l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[1:1] = [100, 200, 300]
print(l)
l[:] = l[::-1]
print(l)
l[len(l):] = [-1]
print(l)
l[-2:] = []
print(l)
l[::2] = range(len(l[::2]))
print(l)
l[::-3] = 'wxyz'[:len(l[::-3])]
print(l)
l[5:2] = [42]
print(l)
l[2:4] = l
print(l, len(l))
l = [1, 2, 3, 4, 5, 6]
l[1::2] = [20, 40, 60]
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    l[::-1] = [1]
except ValueError as e:
    print('ValueError', e)
try:
    l[0:2] = 5
except TypeError as e:
    print('TypeError', e)
try:
    l[::2] = 5
except TypeError as e:
    print('TypeError', e)
l[1:3] = (x for x in 'pq')
print(l)
l = list(range(10))
del l[::3]
print(l)
del l[-2:]
print(l)
del l[::-2]
print(l)
del l[:]
print(l)
l = list(range(10))
del l[7:2:-2]
print(l)
del l[5:1]
print(l)
del l[0]
del l[-1]
print(l)
try:
    del l[100]
except IndexError as e:
    print('IndexError', e)
try:
    l[100] = 1
except IndexError as e:
    print('IndexError', e)
try:
    l['a'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del l['a']
except TypeError as e:
    print('TypeError', e)
try:
    l[1.5]
except TypeError as e:
    print('TypeError', e)
try:
    l[10 ** 30]
except IndexError as e:
    print('IndexError', e)
try:
    l[::0]
except ValueError as e:
    print('ValueError', e)
try:
    l['a':]
except TypeError as e:
    print('TypeError', e)
l[True] = 'T'
print(l, l[False], l[-1], l[True:])
class Idx:
    def __index__(self):
        return 1
print(l[Idx()], [5, 6, 7][Idx()], (5, 6)[Idx()])
m = [5, 6, 7]
m[Idx()] = 'six'
del m[Idx()]
print(m, [0, 1, 2, 3][Idx():Idx()] if False else 'ok')
s = 'hello'
print(list(reversed(s)), s[::-1], s[1:4], s[::2])
print([1, 2, 3][-1:-4:-1], (1, 2, 3)[:-1], [][5:], ()[::-1])
print(list(range(20))[slice(3, 15, 4)], slice(3, 15, 4).indices(20), slice(None, None, -2).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(5).start, slice(1, 2, 3).step)
try:
    hash(slice(1))
except TypeError as e:
    print('TypeError', e)
