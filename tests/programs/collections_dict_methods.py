# dict methods: get, pop, popitem, setdefault, update (mapping, pairs, kwargs), copy, clear, fromkeys, KeyError
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e, repr(e), e.args)
d2 = d.copy()
d2['x'] = 9
print(d, d2, d == d2, d != d2)
print(d.popitem(), d)
d.update({'p': 1}, q=2)
d.update([('r', 3), ['s', 4]])
d.update(t=5)
d.update('ab', )  if False else None
print(d, len(d))
e = {}
try:
    e.popitem()
except KeyError as ex:
    print('KeyError', ex)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2, 3], 0), {}.fromkeys((4,), 'x'))
print(dict.fromkeys({'k': 1, 'j': 2}, 7), dict.fromkeys(range(3)))
d.clear()
print(d, len(d), bool(d))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict(zip('xy', [1, 2])))
print(dict(['ab', 'cd']))
for bad in ([1], [(1, 2, 3)], ['abc'], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
try:
    {}['missing']
except KeyError as ex:
    print('KeyError', ex)
try:
    {}[(1, 2)]
except KeyError as ex:
    print('KeyError', ex, ex.args)
try:
    {}[[1]]
except TypeError as ex:
    print('TypeError', ex)
try:
    {[1]: 2}
except TypeError as ex:
    print('TypeError', ex)
d = {1: 'a', 2: 'b'}
del d[1]
try:
    del d[1]
except KeyError as ex:
    print('KeyError', ex)
print(d, 2 in d, 1 in d, 1 not in d)
# insertion order is kept across deletes and re-inserts
d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 3):
    del d[i]
d[0] = 'zero'
d[3] = 'three'
print(d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
# equal keys of different types
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print({1: 2} == {1.0: 2}, {1: 2} == {1: 3}, {} == {}, {1: [1]} == {1: [1]})
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
# nested and tuple keys
d = {(1, 2): 'x', (1, (2, 3)): 'y', frozenset([1, 2]): 'z', None: 0, 2.5: 'f'}
print(d[(1, 2)], d[(1, (2, 3))], d[frozenset([2, 1])], d[None], d[2.5])
k = tuple([1, 2])
print(d[k], k in d)
# popitem order (LIFO) and reuse
d = {'x': 1, 'y': 2, 'z': 3}
print(d.popitem(), d.popitem())
d['w'] = 4
print(d)
# arguments
for call in (lambda: {}.get(), lambda: {}.pop(), lambda: {}.popitem(1), lambda: {}.update(1, 2),
             lambda: {}.setdefault(), lambda: {}.fromkeys(), lambda: {}.keys(1), lambda: {}.copy(1)):
    try:
        call()
    except TypeError as ex:
        print('TypeError', ex)
