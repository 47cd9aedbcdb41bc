# collections.OrderedDict and defaultdict: order operations, views, reprs, __missing__, factories
from collections import OrderedDict, defaultdict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od.move_to_end('b')
print(list(od))
od.move_to_end('b', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zzz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(OrderedDict.fromkeys('abc', 0), OrderedDict(a=1, b=2), repr(OrderedDict()))
print(list(reversed(o1)), o1.copy(), type(o1.copy()).__name__, o1 | {'z': 3}, {'w': 0} | o1)
o1.update({'q': 9}, r=8)
o1.setdefault('s', 7)
print(o1, o1.pop('q'), o1.get('x'), 'y' in o1, len(o1))
o1 |= {'x': 100}
print(o1)
print(isinstance(o1, dict), list(reversed(o1.keys())), list(reversed(o1.items())))

dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(dd, dd['a'], len(dd), 'c' in dd, dd.get('c'), len(dd))
print(dd['c'], dd, dd.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), sorted(counts.items()))
nd = defaultdict(lambda: 'dflt', {'k': 'v'})
print(nd['k'], nd['missing'], len(nd))
none = defaultdict()
print(none, none.default_factory)
try:
    none['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
print(defaultdict(set, a={1}), defaultdict(None, [('a', 1)], b=2))
cp = counts.copy()
cp['z'] += 5
print(type(cp).__name__, cp.default_factory, cp['z'], 'z' in counts)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(dict(t['a']['b']), isinstance(t, dict))
print(defaultdict(int, {'a': 1}) == {'a': 1}, defaultdict(list) | {'x': [1]})
class Sub(defaultdict):
    pass
print(repr(Sub(int)), Sub(str)['q'] == '')
