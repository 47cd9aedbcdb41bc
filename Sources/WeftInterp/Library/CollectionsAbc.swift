// collections.abc: the abstract base classes and their mixin methods.
//
// Weft has no metaclasses, so these are plain classes under `_ABC`, which provides
// what ABCMeta would: the "Can't instantiate abstract class" check in __new__, register(),
// and the isinstance()/issubclass() answers (registry, __subclasshook__, subclasses),
// which the runtime asks for through __weft_instancecheck__ and __weft_subclasscheck__
// when a class is not an ordinary base of the object's type.

let libCollectionsAbc = #"""
import sys

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible',
           'Sized', 'Container', 'Callable', 'Collection',
           'Set', 'MutableSet',
           'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence',
           'ByteString']


def _abstract(f):
    f.__isabstractmethod__ = True
    return f


_abstract_cache = {}


def _abstract_names(cls):
    names = _abstract_cache.get(cls)
    if names is None:
        candidates = []
        for base in cls.__mro__:
            d = base.__dict__
            for name in d:
                if getattr(d[name], '__isabstractmethod__', False) and name not in candidates:
                    candidates.append(name)
        found = []
        for name in candidates:
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                found.append(name)
        names = frozenset(found)
        _abstract_cache[cls] = names
    return names


_subclass_cache = {}


def _forget_answers():
    global _subclass_cache
    _subclass_cache = {}


class _ABC:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        names = _abstract_names(cls)
        if len(names) != 0:
            listed = sorted(names)
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + ' with abstract method' +
                            ('s ' if len(listed) > 1 else ' ') + ', '.join(listed))
        return object.__new__(cls)

    def __init_subclass__(cls, **kwargs):
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in cls.__bases__:
            subs = base.__dict__.get('_abc_subclasses')
            if subs is not None:
                subs.append(cls)
        _forget_answers()

    @classmethod
    def register(cls, subclass):
        '''Register a virtual subclass of an ABC.'''
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls.__dict__['_abc_registry'].append(subclass)
        _forget_answers()
        return subclass

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented

    def __weft_instancecheck__(cls, instance):
        return _subclass_check(cls, type(instance))

    def __weft_subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        return _subclass_check(cls, subclass)


def _subclass_check(cls, subclass):
    key = (cls, subclass)
    r = _subclass_cache.get(key)
    if r is not None:
        return r
    r = _compute_subclass_check(cls, subclass)
    _subclass_cache[key] = r
    return r


def _compute_subclass_check(cls, subclass):
    if cls in subclass.__mro__:
        return True
    ok = cls.__subclasshook__(subclass)
    if ok is not NotImplemented:
        return bool(ok)
    for rcls in cls.__dict__.get('_abc_registry', ()):
        if rcls in subclass.__mro__ or _subclass_check_any(rcls, subclass):
            return True
    for scls in cls.__dict__.get('_abc_subclasses', ()):
        if _subclass_check(scls, subclass):
            return True
    return False


def _subclass_check_any(cls, subclass):
    if '_abc_registry' in cls.__dict__:
        return _subclass_check(cls, subclass)
    return cls in subclass.__mro__


_UNHASHABLE = (list, dict, set, type({}.keys()), type({}.items()))


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        if method == '__hash__' and (C in _UNHASHABLE or (C.__dict__.get('__eq__') is not None and '__hash__' not in C.__dict__)):
            return NotImplemented
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


### ONE-TRICK PONIES ###

class Hashable(_ABC):
    __slots__ = ()

    @_abstract
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, '__hash__')
        return NotImplemented


class Awaitable(_ABC):
    __slots__ = ()

    @_abstract
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, '__await__')
        return NotImplemented


class Coroutine(Awaitable):
    __slots__ = ()

    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('coroutine ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(_ABC):
    __slots__ = ()

    @_abstract
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, '__aiter__')
        return NotImplemented


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @_abstract
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, '__anext__', '__aiter__')
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @_abstract
    async def asend(self, value):
        raise StopAsyncIteration

    @_abstract
    async def athrow(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError('asynchronous generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(_ABC):
    __slots__ = ()

    @_abstract
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, '__iter__')
        return NotImplemented


class Iterator(Iterable):
    __slots__ = ()

    @_abstract
    def __next__(self):
        'Return the next item from the iterator. When exhausted, raise StopIteration'
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    __slots__ = ()

    @_abstract
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, '__reversed__', '__iter__')
        return NotImplemented


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')
        return NotImplemented


class Sized(_ABC):
    __slots__ = ()

    @_abstract
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, '__len__')
        return NotImplemented


class Container(_ABC):
    __slots__ = ()

    @_abstract
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, '__contains__')
        return NotImplemented


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, '__len__', '__iter__', '__contains__')
        return NotImplemented


class Callable(_ABC):
    __slots__ = ()

    @_abstract
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, '__call__')
        return NotImplemented


### SETS ###

class Set(Collection):
    '''A set is a finite, iterable container.'''
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        'Return True if two sets have a null intersection.'
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = (e for s in (self, other) for e in s)
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        MAX = sys.maxsize
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    '''A mutable set is a finite, iterable container.'''
    __slots__ = ()

    @_abstract
    def add(self, value):
        '''Add an element.'''
        raise NotImplementedError

    @_abstract
    def discard(self, value):
        '''Remove an element.  Do not raise an exception if absent.'''
        raise NotImplementedError

    def remove(self, value):
        '''Remove an element. If not a member, raise a KeyError.'''
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        '''Return the popped value.  Raise KeyError if empty.'''
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        '''This is slow (creates N new iterators!) but effective.'''
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


### MAPPINGS ###

class Mapping(Collection):
    '''A Mapping is a generic container for associating key/value pairs.'''
    __slots__ = ()

    @_abstract
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        'D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.'
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return self.__class__.__name__ + '(' + repr(self._mapping) + ')'


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_marker = object()


class MutableMapping(Mapping):
    '''A MutableMapping is a generic container for associating key/value pairs.'''
    __slots__ = ()

    @_abstract
    def __setitem__(self, key, value):
        raise KeyError

    @_abstract
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        '''D.pop(k[,d]) -> v, remove specified key and return the corresponding value.'''
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        '''D.popitem() -> (k, v), remove and return some (key, value) pair as a 2-tuple.'''
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'D.clear() -> None.  Remove all items from D.'
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        ''' D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.'''
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        'D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D'
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


### SEQUENCES ###

class Sequence(Reversible, Collection):
    '''All the operations on a read-only sequence.'''
    __slots__ = ()

    @_abstract
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        i = len(self) - 1
        while i >= 0:
            yield self[i]
            i -= 1

    def index(self, value, start=0, stop=None):
        '''S.index(value, [start, [stop]]) -> integer -- return first index of value.'''
        if start is not None and start < 0:
            start = len(self) + start
            if start < 0:
                start = 0
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        'S.count(value) -> integer -- return number of occurrences of value'
        n = 0
        for v in self:
            if v is value or v == value:
                n += 1
        return n


class ByteString(Sequence):
    '''This unifies bytes and bytearray.'''
    __slots__ = ()


class MutableSequence(Sequence):
    '''All the operations on a read-write sequence.'''
    __slots__ = ()

    @_abstract
    def __setitem__(self, index, value):
        raise IndexError

    @_abstract
    def __delitem__(self, index):
        raise IndexError

    @_abstract
    def insert(self, index, value):
        'S.insert(index, value) -- insert value before index'
        raise IndexError

    def append(self, value):
        'S.append(value) -- append value to the end of the sequence'
        self.insert(len(self), value)

    def clear(self):
        'S.clear() -> None -- remove all items from S'
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        'S.reverse() -- reverse *IN PLACE*'
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        'S.extend(iterable) -- extend sequence by appending elements from the iterable'
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        '''S.pop([index]) -> item -- remove and return item at index (default last).'''
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        '''S.remove(value) -- remove first occurrence of value.'''
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


def _type_of(make):
    try:
        return type(make())
    except Exception:
        return None


def _register_all(abc, *types):
    for t in types:
        if t is not None and t not in abc.__dict__['_abc_registry']:
            abc.__dict__['_abc_registry'].append(t)


def _gen():
    yield


_register_all(Hashable, int, float, complex, str, bytes, tuple, frozenset, type(None), bool, type, range, slice)
_register_all(Iterator, _type_of(lambda: iter([])), _type_of(lambda: iter(())), _type_of(lambda: iter('')),
              _type_of(lambda: iter(range(0))), _type_of(lambda: iter({})), _type_of(lambda: iter({}.values())),
              _type_of(lambda: iter({}.items())), _type_of(lambda: iter(set())), _type_of(lambda: iter(b'')),
              _type_of(lambda: zip()), _type_of(lambda: map(None, ())), _type_of(lambda: filter(None, ())),
              _type_of(lambda: enumerate(())), _type_of(lambda: reversed([])))
_register_all(Generator, _type_of(_gen))
_register_all(Callable, type(len), type(_gen), type(lambda: None), type(Hashable.register), type)
_register_all(Set, frozenset)
_register_all(MutableSet, set)
_register_all(KeysView, _type_of(lambda: {}.keys()))
_register_all(ItemsView, _type_of(lambda: {}.items()))
_register_all(ValuesView, _type_of(lambda: {}.values()))
_register_all(MutableMapping, dict)
_register_all(Sequence, tuple, str, range)
_register_all(ByteString, bytes)
_register_all(MutableSequence, list)
_register_all(Reversible, _type_of(lambda: {}.keys()), _type_of(lambda: {}.items()), _type_of(lambda: {}.values()), dict)
_register_all(Collection, _type_of(lambda: {}.values()))
try:
    _register_all(ByteString, bytearray)
    _register_all(MutableSequence, bytearray)
except NameError:
    pass
"""#
