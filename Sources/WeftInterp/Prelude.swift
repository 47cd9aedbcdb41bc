// The prelude: built-ins and protocol steps written in Python and compiled by Weft's
// own pipeline at start-up (as PyPy writes such helpers at application level). Whatever
// must call guest code more than once, or decide between calls — binary operators with
// reflected operands, class creation, imports, print of objects with __str__, sorted
// with a key — lives here, so the interpreter never calls guest code from Swift.
// Prelude frames are hidden from tracebacks.

/// The prelude is these parts, concatenated in order: the core below, then one part per
/// area, each kept in the file of that area.
let preludeParts = [preludeSource, preludeCollections, preludeStrings, preludeNumbers, preludeModules]

let preludeSource = #"""
# _weft is given to the prelude at start-up.
MISSING = _weft.MISSING

_BINOPS = ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor')
_SYMBOLS = ('+', '-', '*', '@', '/', '//', '%', '** or pow()', '<<', '>>', '&', '|', '^')

def _binary_op(a, b, op, inplace):
    name = _BINOPS[op]
    if inplace:
        m = _weft.lookup_type(a, '__i' + name + '__')
        if m is not MISSING:
            r = m(a, b)
            if r is not NotImplemented:
                return r
    ta = type(a)
    tb = type(b)
    left = _weft.lookup(ta, '__' + name + '__')
    right = _weft.lookup(tb, '__r' + name + '__') if tb is not ta else MISSING
    if right is not MISSING and left is not right and issubclass(tb, ta):
        r = right(b, a)
        if r is not NotImplemented:
            return r
        right = MISSING
    if left is not MISSING:
        r = left(a, b)
        if r is not NotImplemented:
            return r
    if right is not MISSING:
        r = right(b, a)
        if r is not NotImplemented:
            return r
    if op == 2:
        # sq_repeat of str and bytes: a sequence times an object with __index__.
        if isinstance(a, (str, bytes)) and _weft.lookup_type(b, '__index__') is not MISSING:
            return a * _index(b)
        if isinstance(b, (str, bytes)) and _weft.lookup_type(a, '__index__') is not MISSING:
            return _index(a) * b
    if op == 0 or op == 2:
        _sequence_op_error(a, b, op)
    sym = _SYMBOLS[op]
    if inplace:
        sym = sym + '='
        if op == 7:
            sym = '**='
    raise TypeError("unsupported operand type(s) for " + sym + ": '" + ta.__name__ + "' and '" + tb.__name__ + "'")

_UNARY = ('__neg__', '__pos__', '__invert__')
_UNARY_SYM = ('unary -', 'unary +', 'unary ~')

def _unary_op(a, which):
    m = _weft.lookup_type(a, _UNARY[which])
    if m is MISSING:
        raise TypeError("bad operand type for " + _UNARY_SYM[which] + ": '" + type(a).__name__ + "'")
    return m(a)

_CMP = ('__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__')
_SWAP = (4, 5, 2, 3, 0, 1)
_CMP_SYM = ('<', '<=', '==', '!=', '>', '>=')

def _compare_op(a, b, op):
    ta = type(a)
    tb = type(b)
    checked_reverse = False
    if ta is not tb and issubclass(tb, ta):
        m = _weft.lookup(tb, _CMP[_SWAP[op]])
        if m is not MISSING and _weft.is_heap_type(tb):
            checked_reverse = True
            r = m(b, a)
            if r is not NotImplemented:
                return r
    m = _weft.lookup(ta, _CMP[op])
    if m is not MISSING:
        r = m(a, b)
        if r is not NotImplemented:
            return r
    if not checked_reverse:
        m = _weft.lookup(tb, _CMP[_SWAP[op]])
        if m is not MISSING:
            r = m(b, a)
            if r is not NotImplemented:
                return r
    if op == 2:
        return a is b
    if op == 3:
        return a is not b
    r = _weft.native_compare(a, b, op)
    if r is not NotImplemented:
        return r
    raise TypeError("'" + _CMP_SYM[op] + "' not supported between instances of '" + ta.__name__ + "' and '" + tb.__name__ + "'")

def _object_ne(a, b):
    m = _weft.lookup_type(a, '__eq__')
    r = m(a, b)
    if r is NotImplemented:
        return r
    return not r

def _truth(x):
    m = _weft.lookup_type(x, '__bool__')
    if m is not MISSING:
        r = m(x)
        if r is not True and r is not False:
            raise TypeError('__bool__ should return bool, returned ' + type(r).__name__)
        return r
    m = _weft.lookup_type(x, '__len__')
    if m is not MISSING:
        return _len_call(m, x) != 0
    return True

def _iter_call(m, x):
    r = m(x)
    if _weft.lookup_type(r, '__next__') is MISSING:
        raise TypeError("iter() returned non-iterator of type '" + type(r).__name__ + "'")
    return r

def _len_call(m, x):
    r = m(x)
    if type(r) is not int:
        if isinstance(r, int):
            r = int(r)
        else:
            raise TypeError("'" + type(r).__name__ + "' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError('__len__() should return >= 0')
    if r > 9223372036854775807:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return r

def _repr(x):
    r = _weft.repr_native(x)
    if r is not MISSING:
        return r
    m = _weft.lookup_type(x, '__repr__')
    r = m(x)
    if type(r) is not str:
        raise TypeError('__repr__ returned non-string (type ' + type(r).__name__ + ')')
    return r

def _str(x):
    if type(x) is str:
        return x
    r = _weft.str_native(x)
    if r is not MISSING:
        return r
    m = _weft.lookup_type(x, '__str__')
    r = m(x)
    if not isinstance(r, str):
        raise TypeError('__str__ returned non-string (type ' + type(r).__name__ + ')')
    return r

def _exception_repr(e):
    args = e.args
    name = type(e).__name__
    if len(args) == 1:
        return name + '(' + _repr(args[0]) + ')'
    if len(args) == 0:
        return name + '()'
    return name + _repr(args)

def _base_exception_str(e):
    args = e.args
    if len(args) == 0:
        return ''
    if len(args) == 1:
        return _str(args[0])
    return _repr(args)

def _print(args, sep, end, file, flush):
    if sep is None:
        sep = ' '
    elif type(sep) is not str:
        raise TypeError('sep must be None or a string, not ' + type(sep).__name__)
    if end is None:
        end = '\n'
    elif type(end) is not str:
        raise TypeError('end must be None or a string, not ' + type(end).__name__)
    if file is None:
        parts = []
        for a in args:
            parts.append(_str(a))
        _weft.write_stdout(sep.join(parts) + end)
        return
    # A file object gets each piece in its own write(), as CPython's print does.
    first = True
    for a in args:
        if not first:
            file.write(sep)
        first = False
        file.write(_str(a))
    file.write(end)
    if flush:
        file.flush()

def _hash(x):
    h = _weft.hash_native(x)
    if h is not MISSING:
        return h
    m = _weft.lookup_type(x, '__hash__')
    if m is None or m is MISSING:
        raise TypeError("unhashable type: '" + type(x).__name__ + "'")
    r = m(x)
    if not isinstance(r, int):
        raise TypeError('__hash__ method should return an integer')
    # As CPython's slot_tp_hash: a machine-word result is the hash (-1 becomes -2);
    # a bigger int is reduced by its own hash.
    r = int(r)
    if -9223372036854775808 <= r <= 9223372036854775807:
        return -2 if r == -1 else r
    return _weft.hash_native(r)

def _not_call(f, *args, **kwargs):
    return not f(*args, **kwargs)

def _isinstance_any(x, classes):
    for c in classes:
        if isinstance(x, c):
            return True
    return False

def _issubclass_any(x, classes):
    for c in classes:
        if issubclass(x, c):
            return True
    return False

def _getattr_default(obj, name, default):
    try:
        return getattr(obj, name)
    except AttributeError:
        return default

def _hasattr(obj, name):
    try:
        getattr(obj, name)
        return True
    except AttributeError:
        return False

def _getattribute_hook(getattribute, getattr, obj, name):
    try:
        return getattribute(obj, name)
    except AttributeError:
        return getattr(obj, name)

def _dir_call(method, obj):
    return sorted(method(obj))

def _vars(obj):
    try:
        return obj.__dict__
    except AttributeError:
        raise TypeError('vars() argument must have __dict__ attribute') from None

def _call_then_none(f, args):
    f(*args)
    return None

def _next_default(it, default):
    try:
        return next(it)
    except StopIteration:
        return default

def _contains_call(m, container, item):
    return bool(m(container, item))

def _contains_slow(container, item):
    for x in container:
        if x is item or x == item:
            return True
    return False

def _unpack_items(it):
    if _weft.lookup_type(it, '__iter__') is MISSING and _weft.lookup_type(it, '__getitem__') is MISSING:
        raise TypeError('cannot unpack non-iterable ' + type(it).__name__ + ' object')
    return _tuple_slow(it)

def _unpack(it, n):
    items = _unpack_items(it)
    if len(items) < n:
        raise ValueError('not enough values to unpack (expected ' + str(n) + ', got ' + str(len(items)) + ')')
    if len(items) > n:
        raise ValueError('too many values to unpack (expected ' + str(n) + ')')
    return items

def _unpack_ex(it, before, after):
    items = _unpack_items(it)
    if len(items) < before + after:
        raise ValueError('not enough values to unpack (expected at least ' + str(before + after) + ', got ' + str(len(items)) + ')')
    return items[:before] + (list(items[before:len(items) - after]),) + items[len(items) - after:]

def _raise_class(cls, cause):
    e = cls()
    if not isinstance(e, BaseException):
        raise TypeError('calling ' + repr(cls) + ' should have returned an instance of BaseException, not ' + type(e).__name__)
    if cause is not MISSING:
        if isinstance(cause, type) and issubclass(cause, BaseException):
            cause = cause()
        elif cause is not None and not isinstance(cause, BaseException):
            raise TypeError('exception causes must derive from BaseException')
        _weft.exception_with_cause(e, cause)
    _weft.raise_hidden(e)

def _build_class(func, name, /, *bases, **kwds):
    meta = kwds.pop('metaclass', None)
    if meta is None:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # calculate_metaclass: the most derived of meta and the bases' metaclasses.
        for b in bases:
            mb = type(b)
            if issubclass(meta, mb):
                continue
            if issubclass(mb, meta):
                meta = mb
                continue
            raise TypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases')
    ns = {}
    prepare = getattr(meta, '__prepare__', None)
    if prepare is not None:
        ns = prepare(name, bases, **kwds)
    func(ns)
    if meta is type:
        cls = _weft.new_class(type, name, bases, ns)
    else:
        cls = meta(name, bases, ns, **kwds)
    _init_subclass(cls, kwds)
    return cls

def _init_subclass(cls, kwds):
    for k in cls.__dict__:
        v = cls.__dict__[k]
        m = _weft.lookup_type(v, '__set_name__')
        if m is not MISSING:
            m(v, cls, k)
    parent = super(cls, cls)
    parent.__init_subclass__(**kwds)

def _type_call(cls, args, kwargs):
    if kwargs is None:
        kwargs = {}
    new = cls.__new__
    obj = new(cls, *args, **kwargs)
    if isinstance(obj, cls):
        init = _weft.lookup_type(obj, '__init__')
        r = init(obj, *args, **kwargs)
        if r is not None:
            raise TypeError("__init__() should return None, not '" + type(r).__name__ + "'")
    return obj

def _builtin_new(t, cls, args, kwargs):
    # int.__new__(cls, ...), tuple.__new__(cls, ...) and the like: make, then reclass.
    if kwargs is None:
        return _weft.reclass(t(*args), cls)
    return _weft.reclass(t(*args, **kwargs), cls)

def _list_init(self, *args, **kwargs):
    if kwargs:
        raise TypeError('list() takes no keyword arguments')
    if len(args) > 1:
        raise TypeError('list expected at most 1 argument, got ' + str(len(args)))
    list.clear(self)
    if args:
        list.extend(self, args[0])

def _dict_init(self, *args, **kwargs):
    if len(args) > 1:
        raise TypeError('dict expected at most 1 argument, got ' + str(len(args)))
    dict.update(self, *args, **kwargs)

def _set_init(self, *args, **kwargs):
    if kwargs:
        raise TypeError('set() takes no keyword arguments')
    if len(args) > 1:
        raise TypeError('set expected at most 1 argument, got ' + str(len(args)))
    set.clear(self)
    if args:
        set.update(self, args[0])

def _import_name(name, fromlist, level, globals):
    return _weft_import(name, fromlist, level, globals)

def _import_from(module, name):
    try:
        return getattr(module, name)
    except AttributeError:
        pass
    mname = getattr(module, '__name__', None)
    if mname is not None:
        full = mname + '.' + name
        mods = _weft.modules()
        if full in mods:
            return mods[full]
    path = getattr(module, '__file__', None)
    where = ' (unknown location)' if path is None else ' (' + path + ')'
    raise ImportError("cannot import name '" + name + "' from '" + str(mname) + "'" + where, name=mname, path=path)

def _import_star(module, globals):
    names = getattr(module, '__all__', None)
    if names is None:
        names = [n for n in module.__dict__ if not n.startswith('_')]
    for n in names:
        globals[n] = getattr(module, n)

def _weft_import(name, fromlist, level, globals):
    if level > 0:
        package = globals.get('__package__')
        if package is None:
            package = globals.get('__name__', '')
            if '__path__' not in globals:
                package = package.rpartition('.')[0]
        base = package
        for i in range(level - 1):
            base = base.rpartition('.')[0]
        name = base + '.' + name if name else base
    parts = name.split('.')
    module = None
    top = None
    for i in range(len(parts)):
        full = '.'.join(parts[:i + 1])
        module = _load(full, module)
        if i == 0:
            top = module
    if fromlist:
        for n in fromlist:
            if n != '*' and not hasattr(module, n) and hasattr(module, '__path__'):
                try:
                    _load(name + '.' + n, module)
                except ModuleNotFoundError:
                    pass
        return module
    if level > 0:
        return module
    return top

def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    return _load('io', None).open(file, mode, buffering, encoding, errors, newline, closefd, opener)

def _load(full, parent):
    mods = _weft.modules()
    if full in mods:
        return mods[full]
    m = _weft.builtin_module(full)
    if m is not MISSING:
        mods[full] = m
        return m
    if parent is None:
        path = _weft.builtin_module('sys').path
    else:
        path = getattr(parent, '__path__', None)
        if path is None:
            raise ModuleNotFoundError("No module named '" + full + "'; '" + parent.__name__ + "' is not a package", name=full)
    found = _weft.frozen_module(full, False)
    if found is None:
        found = _weft.find_module(full.rpartition('.')[2], path)
    if found is None:
        found = _weft.frozen_module(full, True)
    if found is None:
        raise ModuleNotFoundError("No module named '" + full + "'", name=full)
    code = _weft.load_module(full, found)
    module = mods[full]
    try:
        code()
    except BaseException:
        del mods[full]
        raise
    module = mods[full]
    if parent is not None:
        setattr(parent, full.rpartition('.')[2], module)
    return module

def _match_class(subject, cls, npos, kwnames):
    if not isinstance(cls, type):
        raise TypeError('called match pattern must be a class')
    if not isinstance(subject, cls):
        return None
    attrs = []
    if npos:
        match_args = getattr(cls, '__match_args__', MISSING)
        if match_args is MISSING:
            if cls in (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple):
                if npos > 1:
                    raise TypeError(cls.__name__ + '() accepts 1 positional sub-pattern (' + str(npos) + ' given)')
                attrs.append(subject)
                match_args = ()
            else:
                match_args = ()
                if npos:
                    raise TypeError(cls.__name__ + '() accepts 0 positional sub-patterns (' + str(npos) + ' given)')
        else:
            if type(match_args) is not tuple:
                raise TypeError(cls.__name__ + '.__match_args__ must be a tuple (got ' + type(match_args).__name__ + ')')
            if npos > len(match_args):
                raise TypeError(cls.__name__ + '() accepts ' + str(len(match_args)) + ' positional sub-pattern' + ('' if len(match_args) == 1 else 's') + ' (' + str(npos) + ' given)')
        for i in range(npos - len(attrs)):
            try:
                attrs.append(getattr(subject, match_args[i]))
            except AttributeError:
                return None
    for k in kwnames:
        try:
            attrs.append(getattr(subject, k))
        except AttributeError:
            return None
    return tuple(attrs)

def _match_mapping(subject):
    return isinstance(subject, dict) or hasattr(type(subject), 'keys') and hasattr(type(subject), '__getitem__') and not isinstance(subject, (str, bytes, list, tuple))

def _match_sequence(subject):
    if isinstance(subject, (str, bytes, bytearray, dict)):
        return False
    return isinstance(subject, (list, tuple, range)) or (hasattr(type(subject), '__getitem__') and hasattr(type(subject), '__len__') and not hasattr(type(subject), 'keys'))

def _match_keys(subject, keys):
    values = []
    get = subject.get
    for k in keys:
        v = get(k, MISSING)
        if v is MISSING:
            return None
        values.append(v)
    return tuple(values)

def _copy_dict_without_keys(subject, keys):
    d = dict(subject)
    for k in keys:
        del d[k]
    return d

def _gen_throw_class(g, cls, value):
    if isinstance(value, cls):
        e = value
    elif value is None:
        e = cls()
    elif isinstance(value, tuple):
        e = cls(*value)
    else:
        e = cls(value)
    return g.throw(e)

def _gen_close(g):
    try:
        g.throw(GeneratorExit())
    except (GeneratorExit, StopIteration):
        return None
    raise RuntimeError('generator ignored GeneratorExit')

def _run_finalizers():
    while True:
        obj = _weft.next_finalizer()
        if obj is MISSING:
            return
        try:
            _weft.finalize(obj)
        except BaseException as e:
            _weft.unraisable(e, obj)

def _run_finalizers_then(result):
    _run_finalizers()
    return result

def _format_value(v, conversion, spec):
    if conversion == 115:
        v = _str(v)
    elif conversion == 114:
        v = _repr(v)
    elif conversion == 97:
        v = ascii(v)
    return format(v, spec)
"""#
