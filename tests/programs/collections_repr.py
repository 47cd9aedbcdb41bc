# repr and str of containers: nesting, recursion, user __repr__ inside containers, views, empty forms
class R:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return '<R' + str(self.n) + '>'
class S:
    def __str__(self):
        return 'str-S'
    def __repr__(self):
        return 'repr-S'
x = [R(1), (R(2),), {R(3)}, {'k': R(4)}, frozenset([R(5)])]
print(x)
print(repr(x), str(x))
print((R(1), [R(2), (R(3), {R(4): R(5)})]))
print([S()], (S(),), {S()}, {'s': S()}, str([S()]))
d = {'a': [R(1)], 'b': {'c': (R(2), 'x')}}
print(d, d.keys(), d.values(), d.items())
print(d.items() if False else list(d.items()))
l = [1, 2]
l.append(l)
l.append([l, R(9)])
print(l)
dd = {}
dd['self'] = dd
dd['list'] = [dd, R(0)]
print(dd, dd.keys(), dd.values())
t = ([], R(7))
t[0].append(t)
print(t)
v = {'k': 1}
v['view'] = v.values()
print(v)
print([], (), {}, set(), frozenset(), [[]], [()], ((),), {(): ()}, [set()], [frozenset([1])])
print([1.0, -0.0, 1e100, float('inf'), float('nan'), 10 ** 20, True, None, 'q"uote', "it's", b'b'])
print({1: 'one', 2.5: 'two', None: [None], (1,): {1}})
print(str({'a': 'b'}), repr({'a': 'b'}), str(('a',)), str(['a', "b'c"]))
print(range(3), [range(3)], slice(1, 2), [slice(None)], repr(enumerate) , type([]), [type, list, dict])
class Bad:
    def __repr__(self):
        return 42
try:
    print([Bad()])
except TypeError as e:
    print('TypeError', e)
class Err:
    def __repr__(self):
        raise ValueError('no repr')
try:
    repr({1: Err()})
except ValueError as e:
    print('ValueError', e)
print([R(1)])
