// The itertools module. Each iterator is an outer function that checks its arguments
// and calls iter() at once, as CPython's constructors do, and a generator that does the
// work when first resumed (a generator is a suspended frame: cheaper to resume than a
// __next__ method is to call). count and repeat are classes because their type and repr
// can be seen. Consumption matches CPython's C code step by step: how many items each
// iterator pulls from its source, and when, is observable.

let libItertools = #"""
import sys as _sys

_MAXSIZE = _sys.maxsize
_NULL = object()


def _ssize(x):
    # PyNumber_AsSsize_t for islice: None on any failure (islice turns it into ValueError).
    if isinstance(x, int):
        v = int(x)
    else:
        m = getattr(type(x), '__index__', None)
        if m is None:
            return None
        try:
            v = m(x)
        except Exception:
            return None
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        return None
    return v


def _index(x):
    # PyNumber_Index with CPython's TypeError.
    if isinstance(x, int):
        return int(x)
    m = getattr(type(x), '__index__', None)
    if m is None:
        raise TypeError("'" + type(x).__name__ + "' object cannot be interpreted as an integer")
    return m(x)


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class count:
    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        if type(start) is bool and isinstance(step, int) and step == 1:
            start = int(start)
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        c = self._cnt
        self._cnt = c + self._step
        return c

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return type(self).__name__ + '(' + repr(self._cnt) + ')'
        return type(self).__name__ + '(' + repr(self._cnt) + ', ' + repr(step) + ')'


class repeat:
    def __init__(self, object, times=_NULL):
        self._element = object
        if times is _NULL:
            self._cnt = -1
        else:
            n = _index(times)
            self._cnt = n if n > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        n = self._cnt
        if n == 0:
            raise StopIteration
        if n > 0:
            self._cnt = n - 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return type(self).__name__ + '(' + repr(self._element) + ')'
        return type(self).__name__ + '(' + repr(self._element) + ', ' + str(self._cnt) + ')'


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for x in it:
        saved.append(x)
        yield x
    if not saved:
        return
    while True:
        for x in saved:
            yield x


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


def chain(*iterables):
    return _chain(iterables)


def _from_iterable(iterable):
    return _chain(iter(iterable))


chain.from_iterable = _from_iterable


def _chain(source):
    for iterable in source:
        for x in iterable:
            yield x


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d in data:
        for s in selectors:
            break
        else:
            return
        if s:
            yield d


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(function, iterable):
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def groupby(iterable, key=None):
    return _groupby(iter(iterable), key)


# groupby and its groups share one state list, as CPython's groupby object and its
# _grouper objects share fields: [current key, current value, target key, live group].
# A group stops as soon as the groupby moves on, even if it was not consumed.

def _groupby(it, keyfunc):
    st = [_NULL, _NULL, _NULL, 0]
    serial = 0
    while True:
        st[3] = 0
        while True:
            ck = st[0]
            if ck is not _NULL:
                tk = st[2]
                if tk is _NULL:
                    break
                if not (tk is ck or tk == ck):
                    break
            for v in it:
                break
            else:
                return
            st[0] = v if keyfunc is None else keyfunc(v)
            st[1] = v
        tk = st[0]
        st[2] = tk
        serial += 1
        st[3] = serial
        yield (tk, _grouper(st, tk, serial, it, keyfunc))


def _grouper(st, tk, serial, it, keyfunc):
    while st[3] == serial:
        if st[1] is _NULL:
            for v in it:
                break
            else:
                return
            st[0] = v if keyfunc is None else keyfunc(v)
            st[1] = v
        ck = st[0]
        if not (tk is ck or tk == ck):
            return
        r = st[1]
        st[1] = _NULL
        yield r


_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDICES_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def islice(*args, **kwargs):
    if kwargs:
        raise TypeError('islice() takes no keyword arguments')
    n = len(args)
    if n < 2:
        raise TypeError('islice expected at least 2 arguments, got ' + str(n))
    if n > 4:
        raise TypeError('islice expected at most 4 arguments, got ' + str(n))
    start = 0
    stop = -1
    step = 1
    if n == 2:
        if args[1] is not None:
            stop = _ssize(args[1])
            if stop is None or stop == -1:
                raise ValueError(_STOP_MSG)
    else:
        if args[1] is not None:
            start = _ssize(args[1])
            if start is None:
                start = -1
        if args[2] is not None:
            stop = _ssize(args[2])
            if stop is None or stop == -1:
                raise ValueError(_STOP_MSG)
    if start < 0 or stop < -1:
        raise ValueError(_INDICES_MSG)
    if n == 4 and args[3] is not None:
        step = _ssize(args[3])
        if step is None:
            step = -1
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(args[0]), start, stop, step)


def _islice(it, nxt, stop, step):
    # Items before `nxt` are skipped; the item at index `stop` is never pulled.
    if stop == -1:
        i = 0
        for x in it:
            if i == nxt:
                nxt += step
                i += 1
                yield x
            else:
                i += 1
        return
    if stop <= 0 and nxt <= 0:
        return
    i = 0
    for x in it:
        if i == nxt:
            nxt += step
            if nxt > stop:
                nxt = stop
            i += 1
            yield x
        else:
            i += 1
        if i >= stop and i >= nxt:
            return


def tee(iterable, n=2):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    head = [_NULL, None]
    result = []
    for i in range(n):
        result.append(_tee(it, head))
    return tuple(result)


# A tee's values are a linked list of [value, next] cells shared by its iterators; each
# iterator holds its place, so cells every iterator has passed become garbage.

def _tee(it, link):
    while True:
        nxt = link[1]
        if nxt is None:
            for v in it:
                break
            else:
                return
            nxt = [v, None]
            link[1] = nxt
        link = nxt
        yield nxt[0]


def zip_longest(*iterables, **kwargs):
    fillvalue = None
    if kwargs:
        if len(kwargs) != 1 or 'fillvalue' not in kwargs:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        fillvalue = kwargs['fillvalue']
    its = []
    for x in iterables:
        its.append(iter(x))
    return _zip_longest(its, fillvalue)


def _zip_longest(its, fill):
    n = len(its)
    if n == 0:
        return
    active = n
    while True:
        result = []
        i = 0
        while i < n:
            it = its[i]
            if it is None:
                result.append(fill)
            else:
                for v in it:
                    break
                else:
                    active -= 1
                    if active == 0:
                        return
                    its[i] = None
                    v = fill
                result.append(v)
            i += 1
        yield tuple(result)


def product(*iterables, repeat=1):
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = []
    for x in iterables:
        pools.append(tuple(x))
    pools = pools * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    if n == 1:
        for a in pools[0]:
            yield (a,)
        return
    if n == 2:
        second = pools[1]
        for a in pools[0]:
            for b in second:
                yield (a, b)
        return
    indices = [0] * n
    result = []
    for pool in pools:
        result.append(pool[0])
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            k = indices[i] + 1
            if k == len(pool):
                indices[i] = 0
                result[i] = pool[0]
                i -= 1
            else:
                indices[i] = k
                result[i] = pool[k]
                break
        if i < 0:
            return
        yield tuple(result)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, n, int(r))


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield pool[:r]
    while n:
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                first = indices[i]
                k = i
                while k < n - 1:
                    indices[k] = indices[k + 1]
                    k += 1
                indices[n - 1] = first
                cycles[i] = n - i
                i -= 1
            else:
                cycles[i] = c
                j = n - c
                indices[i], indices[j] = indices[j], indices[i]
                result = []
                k = 0
                while k < r:
                    result.append(pool[indices[k]])
                    k += 1
                yield tuple(result)
                break
        if i < 0:
            return


def combinations(iterable, r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield pool[:r]
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != i + n - r:
                break
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        j = i + 1
        while j < r:
            indices[j] = indices[j - 1] + 1
            j += 1
        result = []
        for k in indices:
            result.append(pool[k])
        yield tuple(result)


def combinations_with_replacement(iterable, r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    result = []
    for k in indices:
        result.append(pool[k])
    yield tuple(result)
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != n - 1:
                break
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        while i < r:
            indices[i] = v
            i += 1
        result = []
        for k in indices:
            result.append(pool[k])
        yield tuple(result)
"""#
