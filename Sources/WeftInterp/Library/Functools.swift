// The functools module: CPython's functools.py where that is Python, and Python
// equivalents of its C parts (reduce, partial, cmp_to_key, the lru_cache wrapper) with
// the C versions' messages and reprs.

let libFunctools = #"""
__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        target = getattr(wrapper, attr)
        source = getattr(wrapped, attr, {})
        for k in source:
            target[k] = source[k]
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(function, sequence, initial=_MISSING):
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ---- partial ----

_repr_running = {}


class partial:
    def __new__(cls, func=_MISSING, /, *args, **keywords):
        if func is _MISSING:
            raise TypeError("type 'partial' takes at least one argument")
        if isinstance(func, partial) and type(func).__new__ is partial.__new__ and len(func.__dict__) == 3:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self = object.__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if keywords:
            keywords = {**self._keywords, **keywords}
            return self._func(*self._args, *args, **keywords)
        if self._keywords:
            return self._func(*self._args, *args, **self._keywords)
        return self._func(*self._args, *args)

    @property
    def func(self):
        return self._func

    @property
    def args(self):
        return self._args

    @property
    def keywords(self):
        return self._keywords

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running[key] = True
        try:
            parts = [repr(self._func)]
            for x in self._args:
                parts.append(repr(x))
            for k in self._keywords:
                parts.append(str(k) + '=' + repr(self._keywords[k]))
            t = type(self)
            name = 'functools.partial' if t is partial else t.__name__
            return name + '(' + ', '.join(parts) + ')'
        finally:
            del _repr_running[key]


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError(repr(func) + ' is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        for x in self.args:
            parts.append(repr(x))
        for k in self.keywords:
            parts.append(str(k) + '=' + repr(self.keywords[k]))
        return type(self).__module__ + '.' + type(self).__qualname__ + '(' + ', '.join(parts) + ')'

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        func = self.func
        bound = _descr_get(func, obj, cls)
        if bound is not func:
            return partial(bound, *self.args, **self.keywords)
        return self._make_unbound_method()

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _bind(func, obj):
    def method(*args, **kwargs):
        return func(obj, *args, **kwargs)
    return method


def _is_descriptor(func):
    return isinstance(func, (classmethod, staticmethod)) or hasattr(type(func), '__get__')


def _descr_get(func, obj, cls):
    # func.__get__(obj, cls), for the descriptors whose __get__ Weft does not expose.
    if isinstance(func, staticmethod):
        return func.__func__
    if isinstance(func, classmethod):
        return _bind(func.__func__, cls if cls is not None else type(obj))
    get = getattr(type(func), '__get__', None)
    if get is not None:
        return get(func, obj, cls)
    if obj is None:
        return func
    return _bind(func, obj)


# ---- total_ordering ----

def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    roots = []
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.append(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ---- cmp_to_key ----

class KeyWrapper:
    # cmp_to_key(f) is a KeyWrapper without an object; calling it wraps one.
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=_MISSING):
        self.cmp = cmp
        if obj is not _MISSING:
            self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _cmp(self, other):
        if type(other) is not type(self):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._cmp(other) < 0

    def __gt__(self, other):
        return self._cmp(other) > 0

    def __eq__(self, other):
        return self._cmp(other) == 0

    def __le__(self, other):
        return self._cmp(other) <= 0

    def __ge__(self, other):
        return self._cmp(other) >= 0

    def __ne__(self, other):
        return self._cmp(other) != 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# ---- lru_cache ----

class _CacheInfo:
    # Stands for the namedtuple CacheInfo(hits, misses, maxsize, currsize).
    __slots__ = ('hits', 'misses', 'maxsize', 'currsize')
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _astuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return ('CacheInfo(hits=' + repr(self.hits) + ', misses=' + repr(self.misses) +
                ', maxsize=' + repr(self.maxsize) + ', currsize=' + repr(self.currsize) + ')')

    def __iter__(self):
        return iter(self._astuple())

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self._astuple()[i]

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._astuple()
        return self._astuple() == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._astuple())

    def _asdict(self):
        return {'hits': self.hits, 'misses': self.misses, 'maxsize': self.maxsize, 'currsize': self.currsize}


_CacheInfo.__name__ = 'CacheInfo'
_CacheInfo.__qualname__ = 'CacheInfo'

_KWD_MARK = (object(),)


def _make_key(args, kwds, typed):
    # The C wrapper's key: the argument itself for one int or str argument, else a tuple.
    if not kwds and not typed:
        if len(args) == 1:
            key = args[0]
            t = type(key)
            if t is int or t is str:
                return key
        return args
    key = args
    if kwds:
        key += _KWD_MARK
        for k in kwds:
            key += (k, kwds[k])
    if typed:
        for v in args:
            key += (type(v),)
        if kwds:
            for k in kwds:
                key += (type(kwds[k]),)
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    # hits, misses; the cache; for a bounded cache a circular doubly linked list of
    # [prev, next, key, result] links, the root's next being the least recently used.
    stats = [0, 0]
    cache = {}
    root = [None, None, None, None]
    root[0] = root
    root[1] = root
    state = [root, False]  # root, full

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            link = cache.get(key)
            if link is not None:
                # Move the link to the front of the list (most recently used).
                link_prev = link[0]
                link_next = link[1]
                link_prev[1] = link_next
                link_next[0] = link_prev
                root = state[0]
                last = root[0]
                last[1] = root[0] = link
                link[0] = last
                link[1] = root
                stats[0] += 1
                return link[3]
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # The call added this key (recursion); the link is already there.
                pass
            elif state[1]:
                # Reuse the old root for the new entry; the oldest link becomes the root.
                oldroot = state[0]
                oldroot[2] = key
                oldroot[3] = result
                root = oldroot[1]
                state[0] = root
                oldkey = root[2]
                root[2] = root[3] = None
                del cache[oldkey]
                cache[key] = oldroot
            else:
                root = state[0]
                last = root[0]
                link = [last, root, key, result]
                last[1] = root[0] = cache[key] = link
                state[1] = len(cache) >= maxsize
            return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        _clear_dict(cache)
        root = state[0]
        root[0] = root
        root[1] = root
        root[2] = None
        root[3] = None
        state[1] = False
        stats[0] = 0
        stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def _clear_dict(d):
    try:
        clear = d.clear
    except AttributeError:
        for k in list(d):
            del d[k]
    else:
        clear()


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property ----

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names (' +
                            repr(self.attrname) + ' and ' + repr(name) + ').')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on " + repr(type(instance).__name__) +
                            ' instance to cache ' + repr(self.attrname) + ' property.') from None
        val = cache.get(self.attrname, _MISSING)
        if val is _MISSING:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                raise TypeError("The '__dict__' attribute on " + repr(type(instance).__name__) +
                                ' instance does not support item assignment for caching ' +
                                repr(self.attrname) + ' property.') from None
        return val


# ---- singledispatch ----

def _find_impl(cls, registry):
    for t in cls.__mro__:
        if t in registry:
            return registry[t]
    return None


def _resolve_annotation(func, ann):
    # typing.get_type_hints for the simple cases: a class, or a name bound to one.
    if isinstance(ann, str):
        g = getattr(func, '__globals__', {})
        parts = ann.split('.')
        if parts[0] in g:
            value = g[parts[0]]
        else:
            b = g.get('__builtins__')
            if b is not None and not isinstance(b, dict):
                b = b.__dict__
            if b is None or parts[0] not in b:
                raise NameError("name '" + parts[0] + "' is not defined")
            value = b[parts[0]]
        for p in parts[1:]:
            value = getattr(value, p)
        return value
    return ann


def singledispatch(func):
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. ' + repr(cls) +
                                ' is not a class or union type.')
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError('Invalid first argument to `register()`: ' + repr(cls) +
                                '. Use either `@register(some_class)` or plain `@register` on an annotated function.')
            func = cls
            for argname in ann:
                break
            cls = _resolve_annotation(func, ann[argname])
            if not isinstance(cls, type):
                raise TypeError('Invalid annotation for ' + repr(argname) + '. ' + repr(cls) + ' is not a class.')
        registry[cls] = func
        _clear_dict(dispatch_cache)
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + ' requires at least 1 positional argument')
        return dispatch(type(args[0]))(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = lambda: _clear_dict(dispatch_cache)
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError(repr(func) + ' is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(type(args[0]))
            return _descr_get(method, obj, cls)(*args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
"""#
