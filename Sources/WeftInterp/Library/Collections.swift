// The collections module: deque, defaultdict, OrderedDict, Counter, namedtuple, and
// the collections.abc names.
//
// deque is a ring buffer: a list whose length is a power of two, the items at
// (head + i) & mask, so both ends take O(1) and indexing is O(1). Its iterators keep the
// buffer, head and mask they started with and trust them while the deque's `_state`
// is unchanged: every operation that replaces the buffer or moves the head (and every
// append or pop, as in CPython) increments `_state`, and an iterator that sees another
// state raises "deque mutated during iteration".

let libCollections = #"""
__path__ = []  # a package: collections.abc is a frozen submodule

import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from operator import itemgetter as _itemgetter

_NULL = object()

__all__ = ['Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']


def _seq_index(i):
    # The index of a sequence subscript (sq_item), with CPython's TypeError.
    if isinstance(i, int):
        return int(i)
    m = getattr(type(i), '__index__', None)
    if m is None:
        raise TypeError('sequence index must be integer, not ' + repr(type(i).__name__))
    return m(i)


def _ssize(x):
    # An argument converted like PyArg's 'n' format.
    if isinstance(x, int):
        return int(x)
    m = getattr(type(x), '__index__', None)
    if m is None:
        raise TypeError("'" + type(x).__name__ + "' object cannot be interpreted as an integer")
    return m(x)


def _slice_index(x):
    if isinstance(x, int):
        return int(x)
    m = getattr(type(x), '__index__', None)
    if m is None:
        raise TypeError('slice indices must be integers or have an __index__ method')
    return m(x)


_repr_running = {}


################################################################################
### deque
################################################################################

class deque:
    'deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.'

    def __init__(self, iterable=_NULL, maxlen=None):
        if maxlen is None:
            m = -1
        else:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            m = int(maxlen)
            if m < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = m
        if getattr(self, '_len', 0):
            self.clear()
        else:
            self._buf = [None] * 8
            self._mask = 7
            self._head = 0
            self._len = 0
            self._state = 0
        if iterable is not _NULL:
            self.extend(iterable)

    # -- growing and moving items inside the buffer (no state change) --

    def _grow(self):
        buf = self._buf
        h = self._head
        cap = len(buf)
        self._buf = buf[h:] + buf[:h] + [None] * cap
        self._head = 0
        self._mask = 2 * cap - 1
        self._state += 1

    # -- the ends --

    def append(self, x):
        'Add an element to the right side of the deque.'
        n = self._len
        if n == self._mask + 1:
            self._grow()
        self._buf[(self._head + n) & self._mask] = x
        self._len = n + 1
        m = self._maxlen
        if 0 <= m < n + 1:
            self.popleft()
        else:
            self._state += 1

    def appendleft(self, x):
        'Add an element to the left side of the deque.'
        n = self._len
        if n == self._mask + 1:
            self._grow()
        h = (self._head - 1) & self._mask
        self._buf[h] = x
        self._head = h
        self._len = n + 1
        m = self._maxlen
        if 0 <= m < n + 1:
            self.pop()
        else:
            self._state += 1

    def pop(self):
        'Remove and return the rightmost element.'
        n = self._len
        if n == 0:
            raise IndexError('pop from an empty deque')
        n -= 1
        buf = self._buf
        i = (self._head + n) & self._mask
        x = buf[i]
        buf[i] = None
        self._len = n
        self._state += 1
        return x

    def popleft(self):
        'Remove and return the leftmost element.'
        n = self._len
        if n == 0:
            raise IndexError('pop from an empty deque')
        buf = self._buf
        h = self._head
        x = buf[h]
        buf[h] = None
        self._head = (h + 1) & self._mask
        self._len = n - 1
        self._state += 1
        return x

    def extend(self, iterable):
        'Extend the right side of the deque with elements from the iterable'
        if iterable is self:
            iterable = list(iterable)
        it = iter(iterable)
        if self._maxlen == 0:
            for x in it:
                pass
            return
        append = self.append
        for x in it:
            append(x)

    def extendleft(self, iterable):
        'Extend the left side of the deque with elements from the iterable'
        if iterable is self:
            iterable = list(iterable)
        it = iter(iterable)
        if self._maxlen == 0:
            for x in it:
                pass
            return
        appendleft = self.appendleft
        for x in it:
            appendleft(x)

    def clear(self):
        'Remove all elements from the deque.'
        if self._len == 0:
            return
        self._buf = [None] * 8
        self._mask = 7
        self._head = 0
        self._len = 0
        self._state += 1

    # -- rotation and positions --

    def rotate(self, n=1):
        'Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.'
        n = _ssize(n)
        size = self._len
        if size <= 1:
            return
        half = size >> 1
        if n > half or n < -half:
            n %= size
            if n > half:
                n -= size
            elif n < -half:
                n += size
        self._state += 1
        if n == 0:
            return
        buf = self._buf
        mask = self._mask
        h = self._head
        if size == mask + 1:
            self._head = (h - n) & mask
            return
        if n > 0:
            # move n items from the right end to the left end
            while n > 0:
                t = (h + size - 1) & mask
                h = (h - 1) & mask
                buf[h] = buf[t]
                buf[t] = None
                n -= 1
        else:
            while n < 0:
                t = (h + size) & mask
                buf[t] = buf[h]
                buf[h] = None
                h = (h + 1) & mask
                n += 1
        self._head = h

    def reverse(self):
        'D.reverse() -- reverse *IN PLACE*'
        buf = self._buf
        mask = self._mask
        i = self._head
        j = self._head + self._len - 1
        while i < j:
            a = i & mask
            b = j & mask
            buf[a], buf[b] = buf[b], buf[a]
            i += 1
            j -= 1

    def _delete(self, i):
        # Remove the item at position i, moving the shorter side over the gap.
        buf = self._buf
        mask = self._mask
        h = self._head
        n = self._len
        if i < n // 2:
            k = i
            while k > 0:
                buf[(h + k) & mask] = buf[(h + k - 1) & mask]
                k -= 1
            buf[h] = None
            self._head = (h + 1) & mask
        else:
            k = i
            while k < n - 1:
                buf[(h + k) & mask] = buf[(h + k + 1) & mask]
                k += 1
            buf[(h + n - 1) & mask] = None
        self._len = n - 1
        self._state += 1

    def insert(self, index, x):
        'D.insert(index, object) -- insert object before index'
        index = _ssize(index)
        n = self._len
        if self._maxlen == n:
            raise IndexError('deque already at its maximum size')
        if index >= n:
            return self.append(x)
        if index <= -n or index == 0:
            return self.appendleft(x)
        if index < 0:
            index += n
        if n == self._mask + 1:
            self._grow()
        buf = self._buf
        mask = self._mask
        h = self._head
        if index < n // 2:
            h = (h - 1) & mask
            k = 0
            while k < index:
                buf[(h + k) & mask] = buf[(h + k + 1) & mask]
                k += 1
            self._head = h
        else:
            k = n
            while k > index:
                buf[(h + k) & mask] = buf[(h + k - 1) & mask]
                k -= 1
        buf[(h + index) & mask] = x
        self._len = n + 1
        self._state += 1

    def remove(self, value):
        'D.remove(value) -- remove first occurrence of value.'
        state = self._state
        buf = self._buf
        h = self._head
        mask = self._mask
        for i in range(self._len):
            item = buf[(h + i) & mask]
            eq = item is value or item == value
            if self._state != state:
                raise IndexError('deque mutated during iteration')
            if eq:
                self._delete(i)
                return
        raise ValueError(repr(value) + ' is not in deque')

    def count(self, value):
        'D.count(value) -> integer -- return number of occurrences of value'
        state = self._state
        buf = self._buf
        h = self._head
        mask = self._mask
        c = 0
        for i in range(self._len):
            item = buf[(h + i) & mask]
            if item is value or item == value:
                c += 1
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return c

    def index(self, value, start=0, stop=_NULL):
        'D.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present.'
        n = self._len
        start = _slice_index(start)
        stop = n if stop is _NULL else _slice_index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        if start > stop:
            start = stop
        state = self._state
        buf = self._buf
        h = self._head
        mask = self._mask
        i = start
        while i < stop:
            item = buf[(h + i) & mask]
            if item is value or item == value:
                return i
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            i += 1
        raise ValueError(repr(value) + ' is not in deque')

    # -- the sequence protocol --

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __getitem__(self, i):
        if type(i) is not int:
            i = _seq_index(i)
        n = self._len
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._buf[(self._head + i) & self._mask]

    def __setitem__(self, i, value):
        if type(i) is not int:
            i = _seq_index(i)
        n = self._len
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        self._buf[(self._head + i) & self._mask] = value

    def __delitem__(self, i):
        if type(i) is not int:
            i = _seq_index(i)
        n = self._len
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        self._delete(i)

    def __iter__(self):
        return _deque_iter(self, self._state, self._len, self._buf, self._head, self._mask)

    def __reversed__(self):
        return _deque_reviter(self, self._state, self._len, self._buf, self._head, self._mask)

    def __contains__(self, value):
        state = self._state
        buf = self._buf
        h = self._head
        mask = self._mask
        for i in range(self._len):
            item = buf[(h + i) & mask]
            if item is value or item == value:
                return True
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return False

    @property
    def maxlen(self):
        'maximum size of a deque or None if unbounded'
        m = self._maxlen
        return None if m < 0 else m

    def copy(self):
        'Return a shallow copy of a deque.'
        cls = type(self)
        if cls is deque:
            d = deque((), None if self._maxlen < 0 else self._maxlen)
            d.extend(self)
            return d
        if self._maxlen < 0:
            d = cls(self)
        else:
            d = cls(self, self._maxlen)
        if not isinstance(d, deque):
            raise TypeError(cls.__name__ + '() must return a deque, not ' + type(d).__name__)
        return d

    __copy__ = copy

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        d = self.copy()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __imul__(self, n):
        if not isinstance(n, int) and getattr(type(n), '__index__', None) is None:
            raise TypeError("can't multiply sequence by non-int of type '" + type(n).__name__ + "'")
        n = _ssize(n)
        size = self._len
        if size == 0 or n == 1:
            return self
        if n <= 0:
            self.clear()
            return self
        m = self._maxlen
        if size == 1:
            if m >= 0 and n > m:
                n = m
            item = self[0]
            for i in range(n - 1):
                self.append(item)
            return self
        items = list(self)
        if m >= 0 and n * size > m:
            n = (m + size - 1) // size
        for i in range(n - 1):
            self.extend(items)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and getattr(type(n), '__index__', None) is None:
            raise TypeError("can't multiply sequence by non-int of type '" + type(n).__name__ + "'")
        d = self.copy()
        d *= n
        return d

    __rmul__ = __mul__

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        if op == 2 or op == 3:
            if self is other:
                return op == 2
            if len(self) != len(other):
                return op == 3
        a = list(self)
        b = list(other)
        if op == 0:
            return a < b
        if op == 1:
            return a <= b
        if op == 2:
            return a == b
        if op == 3:
            return a != b
        if op == 4:
            return a > b
        return a >= b

    def __lt__(self, other):
        return self._compare(other, 0)

    def __le__(self, other):
        return self._compare(other, 1)

    def __eq__(self, other):
        return self._compare(other, 2)

    def __ne__(self, other):
        return self._compare(other, 3)

    def __gt__(self, other):
        return self._compare(other, 4)

    def __ge__(self, other):
        return self._compare(other, 5)

    __hash__ = None

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running[key] = True
        try:
            parts = []
            for x in self:
                parts.append(repr(x))
            body = '[' + ', '.join(parts) + ']'
        finally:
            del _repr_running[key]
        if self._maxlen >= 0:
            return type(self).__name__ + '(' + body + ', maxlen=' + str(self._maxlen) + ')'
        return type(self).__name__ + '(' + body + ')'

    def __reduce__(self):
        d = getattr(self, '__dict__', None)
        state = None
        if d:
            state = {}
            for k in d:
                if not k.startswith('_'):
                    state[k] = d[k]
            if not state:
                state = None
        if self._maxlen < 0:
            return (type(self), (), state, iter(self))
        return (type(self), ((), self._maxlen), state, iter(self))


def _deque_iter(d, state, n, buf, h, mask):
    i = 0
    while True:
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        if i == n:
            return
        yield buf[(h + i) & mask]
        i += 1


def _deque_reviter(d, state, n, buf, h, mask):
    i = n - 1
    while i >= 0:
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        yield buf[(h + i) & mask]
        i -= 1


################################################################################
### namedtuple
################################################################################

_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                       'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                       'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
                       'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
                       'while', 'with', 'yield'])

_tuple_new = tuple.__new__


class _tuplegetter:
    # The field descriptor of namedtuple classes (CPython's _collections._tuplegetter).
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(' + str(self._index) + ', ' + repr(self.__doc__) + ')'


_tuplegetter.__module__ = '_collections'


def _plural_names(names):
    # "'x'", "'x' and 'y'", "'x', 'y', and 'z'" as in CPython's missing-argument errors
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_new(typename, field_names, defaults):
    # __new__ binds its arguments as a function with the fields as parameters would
    # (CPython generates that function with exec); the common call is the fast path.
    n = len(field_names)
    index = {}
    for i, name in enumerate(field_names):
        index[name] = i
    nreq = n - len(defaults)
    qualname = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == n:
            return _tuple_new(_cls, args)
        given = len(args)
        values = list(args[:n])
        while len(values) < n:
            values.append(_NULL)
        for name in kwargs:
            i = index.get(name)
            if i is None:
                raise TypeError(qualname + "() got an unexpected keyword argument '" + str(name) + "'")
            if i < given:
                raise TypeError(qualname + "() got multiple values for argument '" + name + "'")
            values[i] = kwargs[name]
        if given > n:
            if defaults:
                sig = 'from ' + str(nreq + 1) + ' to ' + str(n + 1)
            else:
                sig = str(n + 1)
            raise TypeError(qualname + '() takes ' + sig + ' positional arguments but ' +
                            str(given + 1) + ' were given')
        missing = []
        for i in range(n):
            if values[i] is _NULL:
                if i >= nreq:
                    values[i] = defaults[i - nreq]
                else:
                    missing.append(field_names[i])
        if missing:
            raise TypeError(qualname + '() missing ' + str(len(missing)) + ' required positional argument' +
                            ('' if len(missing) == 1 else 's') + ': ' + _plural_names(missing))
        return _tuple_new(_cls, values)

    __new__.__qualname__ = qualname
    __new__.__doc__ = 'Create new instance of ' + typename + '(' + ', '.join(field_names) + ')'
    return __new__


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    '''Returns a new subclass of tuple with named fields.'''
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_' + str(index)
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: ' + repr(name))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: ' + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: ' + repr(name))
        if name in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        k = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[k + i]] = defaults[i]
    else:
        defaults = ()

    field_names = tuple(field_names)
    num_fields = len(field_names)

    __new__ = _make_new(typename, field_names, defaults)

    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected ' + str(num_fields) + ' arguments, got ' + str(len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError('Got unexpected field names: ' + repr(list(kwds)))
        return result

    def __repr__(self):
        'Return a nicely formatted representation string'
        parts = []
        i = 0
        for name in field_names:
            parts.append(name + '=' + repr(self[i]))
            i += 1
        return self.__class__.__name__ + '(' + ', '.join(parts) + ')'

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    _make.__doc__ = 'Make a new ' + typename + ' object from a sequence or iterable'
    _replace.__doc__ = 'Return a new ' + typename + ' object replacing specified fields with new values'
    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = typename + '.' + method.__name__

    class_namespace = {
        '__doc__': typename + '(' + ', '.join(field_names) + ')',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, 'Alias for field number ' + str(index))

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    'Tally elements from the iterable.'
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


def _is_mapping(x):
    if isinstance(x, dict):
        return True
    t = type(x)
    return hasattr(t, 'keys') and hasattr(t, 'items') and hasattr(t, '__getitem__')


class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    '''

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        t = 0
        for v in self.values():
            t = t + v
        return t

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        '''
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[:n] if n > 0 else []

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.'''
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.'''
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.'''
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            dict.__delitem__(self, elem)

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] == other[e]:
                    return False
        return True

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + '()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return self.__class__.__name__ + '(' + repr(d) + ')'

    def __add__(self, other):
        '''Add counts from two counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        '''
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        '''Inplace add from another counter, keeping only positive counts.'''
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        '''Inplace subtract counter, but keep only results with positive counts.'''
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        '''Inplace union is the maximum of value from either counter.'''
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        '''Inplace intersection is the minimum of corresponding elements.'''
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### OrderedDict
################################################################################

# OrderedDict is a dict subclass that keeps its order in the dict itself (dicts are
# ordered); move_to_end(last=False) rebuilds the dict, which CPython does in O(1).

class _OrderedDictView:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        parts = []
        for x in self:
            parts.append(repr(x))
        return type(self).__name__ + '([' + ', '.join(parts) + '])'


class odict_keys(_OrderedDictView):
    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.keys(self._mapping)))

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        if isinstance(other, (odict_keys, set, frozenset)) or type(other) is type({}.keys()):
            return set(self) == set(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __and__(self, other):
        return set(self) & set(other)

    def __or__(self, other):
        return set(self) | set(other)

    def __sub__(self, other):
        return set(self) - set(other)

    def __xor__(self, other):
        return set(self) ^ set(other)

    def isdisjoint(self, other):
        for x in other:
            if x in self:
                return False
        return True


class odict_values(_OrderedDictView):
    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.values(self._mapping)))


class odict_items(_OrderedDictView):
    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.items(self._mapping)))

    def __contains__(self, item):
        key, value = item
        v = self._mapping.get(key, _NULL)
        return v is not _NULL and (v is value or v == value)

    def __eq__(self, other):
        if isinstance(other, (odict_items, set, frozenset)) or type(other) is type({}.items()):
            return set(self) == set(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, other=(), /, **kwds):
        self._update(other, kwds)

    def _update(self, other, kwds):
        if type(self) is OrderedDict:
            dict.update(self, other, **kwds)
            return
        if isinstance(other, dict) or hasattr(type(other), 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def update(self, other=(), /, **kwds):
        'D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.'
        self._update(other, kwds)

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        '''
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            keys = list(dict.__iter__(self))
            key = keys[-1]
        else:
            for key in dict.__iter__(self):
                break
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        '''Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        '''
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __reversed__(self):
        return reversed(list(dict.__iter__(self)))

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return odict_keys(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return odict_values(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return odict_items(self)

    def __repr__(self):
        'od.__repr__() <==> repr(od)'
        if not self:
            return self.__class__.__name__ + '()'
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running[key] = True
        try:
            parts = []
            for k, v in dict.items(self):
                parts.append('(' + repr(k) + ', ' + repr(v) + ')')
            return self.__class__.__name__ + '([' + ', '.join(parts) + '])'
        finally:
            del _repr_running[key]

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(dict.items(self))

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''Create a new ordered dictionary with keys from iterable and values set to value.'''
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        '''od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.
        '''
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(dict.__iter__(self), dict.__iter__(other)):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    '''defaultdict(default_factory=None, /, [...]) --> dict with default factory'''

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        key = id(factory)
        if key in _repr_running:
            frepr = '...'
        else:
            _repr_running[key] = True
            try:
                frepr = repr(factory)
            finally:
                del _repr_running[key]
        return type(self).__name__ + '(' + frepr + ', ' + dict.__repr__(self) + ')'

    def copy(self):
        'D.copy() -> a shallow copy of D.'
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new



from collections import abc
"""#
