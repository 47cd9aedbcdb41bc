# collections.abc: isinstance/issubclass for built-ins and duck types, register(), mixin methods, abstract checks
import collections
from collections.abc import *
import collections.abc as cabc

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class Eq:
    def __eq__(self, o):
        return True
def gen():
    yield 1
cases = [[], (), {}, '', b'', 1, 1.5, None, range(3), iter([]), gen(), It(), Eq(), len, gen,
         {}.keys(), {}.items(), {}.values(), frozenset(), object(), int, set()]
for name in cabc.__all__:
    cls = getattr(cabc, name)
    print((name + ' ' * 16)[:16], ''.join(['1' if isinstance(x, cls) else '.' for x in cases]))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, (int, Iterable)),
      isinstance(3, (str, Hashable)), issubclass(It, Iterator), issubclass(It, Sized))
print(collections.abc.Mapping is Mapping, Mapping.__module__, Mapping.__name__)

class MySeq(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * 10
    def __len__(self):
        return self.n
s = MySeq(4)
print(list(s), 20 in s, 25 in s, s.index(20), s.count(10), list(reversed(s)))
print(isinstance(s, Reversible), isinstance(s, MutableSequence), isinstance(s, Collection))
try:
    s.index(99)
except ValueError:
    print('ValueError')

class Reg:
    pass
print(isinstance(Reg(), Sequence))
Sequence.register(Reg)
print(isinstance(Reg(), Sequence), issubclass(Reg, Collection), issubclass(Reg, Reversible), issubclass(Reg, Mapping))

class Store(MutableMapping):
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
st = Store()
st['a'] = 1
st.update({'b': 2}, c=3)
st.update([('d', 4)])
print(len(st), list(st), list(st.items()), list(st.values()), st.get('z', 'none'), 'b' in st)
print(st.setdefault('e', 5), st.setdefault('a', 9), st.pop('b'), st.pop('zz', 'dflt'), st.popitem())
print(list(st.keys()), st == {'c': 3, 'd': 4, 'e': 5}, st != {'c': 3})
try:
    st.pop('missing')
except KeyError as e:
    print('KeyError', e)
st.clear()
print(len(st), isinstance(st, Mapping), isinstance(st, dict))

class Bag(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
a = Bag([1, 2, 3])
b = Bag([2, 3, 4])
print((a & b).items, (a | b).items, (a - b).items, (a ^ b).items, a <= b, Bag([2]) < a, a == Bag([3, 2, 1]))
a |= [7]
a -= [1]
print(a.items, a.isdisjoint([9]), a.pop(), a.items)

class Lst(MutableSequence):
    def __init__(self):
        self.d = []
    def __getitem__(self, i):
        return self.d[i]
    def __setitem__(self, i, v):
        self.d[i] = v
    def __delitem__(self, i):
        del self.d[i]
    def __len__(self):
        return len(self.d)
    def insert(self, i, v):
        self.d.insert(i, v)
l = Lst()
l.append(1)
l.extend([2, 3, 4])
l += [5]
l.reverse()
print(l.d, l.pop(), l.pop(0), l.d)
l.remove(3)
print(l.d)

for bad in (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet, Iterator):
    class Bad(bad):
        pass
    try:
        Bad()
    except TypeError as e:
        print(e)
class Half(Sized):
    pass
try:
    Half()
except TypeError as e:
    print(e)
class Fine(Sized):
    def __len__(self):
        return 7
print(len(Fine()), isinstance(Fine(), Sized))
