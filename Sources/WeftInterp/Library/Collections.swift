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
import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from operator import itemgetter as _itemgetter

_NULL = object()

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


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
"""#
