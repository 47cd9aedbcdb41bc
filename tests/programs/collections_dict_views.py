# dict views: keys/values/items len, iteration, in, reversed, repr, set operations, comparisons; dict | and |=
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), bool(k), bool({}.keys()))
print('a' in k, 'z' in k, 2 in v, 9 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i, (1,) in i)
print(list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(i)))
d['d'] = 4
print(k, v, i)   # views are live
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(reversed(d)).__name__)
print(k & {'a', 'z'}, k & ['b'], sorted(k | {'e'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print({'a', 'z'} & k, sorted(['q'] | k) if False else None, sorted({'a', 'q'} - k))
print(sorted(i & {('a', 1), ('b', 9)}), sorted(i - {('a', 1)}), sorted(i ^ {('a', 1), ('x', 0)}))
e = {'a': 1, 'b': 20}
print(sorted(d.items() ^ e.items()))
print(k == {'a', 'b', 'c', 'd'}, k == {'a'}, k != {'a'}, {'a', 'b', 'c', 'd'} == k, k == ['a', 'b', 'c', 'd'])
print(k <= {'a', 'b', 'c', 'd', 'e'}, k < {'a', 'b', 'c', 'd'}, k >= {'a'}, k > {'a'})
print(i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)}, d.keys() == d.keys(), v == v, v == d.values())
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), i.isdisjoint([('a', 1)]))
print(repr({}.keys()), repr({}.values()), repr({}.items()))
print(list(zip(d.keys(), d.values())))
print(sorted(d.values()), max(d.values()), sum(d.values()), set(d.items()) == set(i))
# | and |=
x = {'a': 1, 'b': 2}
y = {'b': 20, 'c': 30}
print(x | y, y | x, x)
x |= y
print(x)
x |= [('z', 26)]
print(x)
try:
    x | [('q', 1)]
except TypeError as ex:
    print('TypeError', ex)
# iteration while mutating
d = {1: 1, 2: 2}
try:
    for key in d:
        d[key + 10] = 0
except RuntimeError as ex:
    print('RuntimeError', ex)
d = {1: 1}
try:
    for key in d:
        del d[key]
        d[key + 1] = 1
except RuntimeError as ex:
    print('RuntimeError', ex)
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
next(it)
d[4] = 4
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as ex:
        print('RuntimeError', ex)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as ex:
    print('RuntimeError', ex)
# modifying values during iteration is fine
d = {'a': 1, 'b': 2}
for key in d:
    d[key] *= 10
print(d)
# nested views and comprehension paths
d = {n: n * n for n in range(6) if n % 2}
print(d, {v: k for k, v in d.items()}, [k for k in d], {k for k in d.values()})
print(dict(d.items()), dict(zip(d.values(), d.keys())))
print({**d, 'x': 1}, {**d, **{1: 'one'}})
