# itertools.groupby: keys, shared state between groups, invalidated groups, key errors
from itertools import groupby

print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], lambda s: s[0])])
print(list(groupby([])))

# a group is invalidated when the groupby advances
groups = list(groupby('aabbbc'))
print([(k, list(g)) for k, g in groups])

gb = groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g3), list(g2))
try:
    next(gb)
except StopIteration:
    print('groupby done')

# partially consumed group, then advance
gb = groupby([1, 1, 1, 2, 2, 3])
k, g = next(gb)
print(k, next(g))
k, g = next(gb)
print(k, list(g))

# key sees each element once
calls = []
def key(x):
    calls.append(x)
    return x % 2
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key)])
print(calls)

# equality against the key of the group (1 == 1.0 == True)
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])

def bad_key(x):
    if x == 3:
        raise ValueError('bad key ' + str(x))
    return x
try:
    for k, g in groupby([1, 2, 3], bad_key):
        print('group', k, list(g))
except ValueError as e:
    print('caught', e)

try:
    groupby(5)
except TypeError as e:
    print('TypeError', e)

# the groups iterate lazily over the shared source
it = iter('xxyz')
gb = groupby(it)
k, g = next(gb)
print(k, list(it))
print(list(g))

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('  eq', self.v, other.v)
        return self.v // 10 == other.v // 10
print([[x.v for x in g] for k, g in groupby([Key(1), Key(5), Key(12), Key(19), Key(3)])])
