// The prelude's part for collections (see Prelude.swift): the steps of dict, set, list
// and the iterable builtins that need guest calls — keys with __hash__/__eq__ written
// in Python, items compared by __lt__, key functions, iterators that are generators.
// Each follows the C code of CPython 3.11 step by step (which keys are compared, in
// which order, when tables are resized) using the `_weft.dict_*`, `_weft.set_*` and
// `_weft.iter_*` primitives (DictMethods.swift, SetMethods.swift, BuiltinsIterables.swift).

let preludeCollections = #"""
# ---- repr of containers: Py_ReprEnter / Py_ReprLeave ----

_REPR_ACTIVE = []

def _repr_enter(x):
    for o in _REPR_ACTIVE:
        if o is x:
            return False
    _REPR_ACTIVE.append(x)
    return True

def _repr_leave(x):
    i = len(_REPR_ACTIVE) - 1
    while i >= 0:
        if _REPR_ACTIVE[i] is x:
            del _REPR_ACTIVE[i]
            return
        i -= 1

def _seq_repr(x):
    if type(x) is list:
        if not _repr_enter(x):
            return '[...]'
        try:
            parts = []
            i = 0
            while i < len(x):
                parts.append(_repr(x[i]))
                i += 1
            return '[' + ', '.join(parts) + ']'
        finally:
            _repr_leave(x)
    if len(x) == 0:
        return '()'
    if not _repr_enter(x):
        return '(...)'
    try:
        if len(x) == 1:
            return '(' + _repr(x[0]) + ',)'
        return '(' + ', '.join([_repr(v) for v in x]) + ')'
    finally:
        _repr_leave(x)

def _dict_repr(d):
    if not _repr_enter(d):
        return '{...}'
    try:
        if len(d) == 0:
            return '{}'
        parts = []
        for k, v in d.items():
            parts.append(_repr(k) + ': ' + _repr(v))
        return '{' + ', '.join(parts) + '}'
    finally:
        _repr_leave(d)

def _set_repr(s):
    name = type(s).__name__
    if not _repr_enter(s):
        return name + '(...)'
    try:
        if len(s) == 0:
            return name + '()'
        body = _repr(list(s))[1:-1]
    finally:
        _repr_leave(s)
    if type(s) is set:
        return '{' + body + '}'
    return name + '({' + body + '})'

def _dictview_repr(v):
    if not _repr_enter(v):
        return '...'
    try:
        return type(v).__name__ + '(' + _repr(list(v)) + ')'
    finally:
        _repr_leave(v)

# ---- list[int], dict[str, int]...: types.GenericAlias ----

def _type_repr(t):
    if t is Ellipsis:
        return '...'
    if isinstance(t, type) and not isinstance(t, GenericAlias):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return t.__module__ + '.' + t.__qualname__
    return repr(t)

class GenericAlias:
    __module__ = 'types'
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if type(args) is tuple else (args,)
    def __repr__(self):
        if len(self.__args__) == 0:
            return _type_repr(self.__origin__) + '[()]'
        return _type_repr(self.__origin__) + '[' + ', '.join([_type_repr(a) for a in self.__args__]) + ']'
    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)
    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)
    def __getattr__(self, name):
        return getattr(self.__origin__, name)

def _generic_alias(cls, item):
    return GenericAlias(cls, item)

# ---- operator.index ----

def _index(x):
    if type(x) is int:
        return x
    m = _weft.lookup_type(x, '__index__')
    if m is MISSING:
        raise TypeError("'" + type(x).__name__ + "' object cannot be interpreted as an integer")
    r = m(x)
    if type(r) is not int:
        if isinstance(r, int):
            return int(r)
        raise TypeError('__index__ returned non-int (type ' + type(r).__name__ + ')')
    return r

def _repeat_index(seq, n):
    return seq * _index(n)

def _slice_bound(v):
    if v is None or type(v) is int:
        return v
    return _index(v)

def _getitem_slice(x, s):
    return x[slice(_slice_bound(s.start), _slice_bound(s.stop), _slice_bound(s.step))]

def _subscript_index(x, key, op, value):
    i = _index(key)
    if op == 0:
        return x[i]
    if op == 1:
        x[i] = value
        return None
    del x[i]

# ---- dict: lookups with guest __hash__ / __eq__ ----

def _dict_lookup(d, key, h):
    for k in _weft.dict_candidates(d, h):
        if k is key or k == key:
            return k
    return MISSING

def _dict_setitem_hashed(d, key, value, h):
    k = _dict_lookup(d, key, h)
    if k is MISSING:
        k = key
    _weft.dict_set_hashed(d, k, value, h)

def _dict_getitem(d, key):
    h = _hash(key)
    k = _dict_lookup(d, key, h)
    if k is MISSING:
        if type(d) is not dict:
            m = _weft.lookup_type(d, '__missing__')
            if m is not MISSING:
                return m(d, key)
        raise KeyError(key)
    return _weft.dict_get_hashed(d, k, h)

def _dict_setitem(d, key, value):
    _dict_setitem_hashed(d, key, value, _hash(key))

def _dict_delitem(d, key):
    h = _hash(key)
    k = _dict_lookup(d, key, h)
    if k is MISSING:
        raise KeyError(key)
    _weft.dict_del_hashed(d, k, h)

def _dict_contains(d, key):
    return _dict_lookup(d, key, _hash(key)) is not MISSING

def _dict_get(d, key, default):
    h = _hash(key)
    k = _dict_lookup(d, key, h)
    if k is MISSING:
        return default
    return _weft.dict_get_hashed(d, k, h)

def _dict_setdefault(d, key, default):
    h = _hash(key)
    k = _dict_lookup(d, key, h)
    if k is MISSING:
        _weft.dict_set_hashed(d, key, default, h)
        return default
    return _weft.dict_get_hashed(d, k, h)

def _dict_pop(d, key, *default):
    h = _hash(key)
    k = _dict_lookup(d, key, h)
    if k is MISSING:
        if default:
            return default[0]
        raise KeyError(key)
    v = _weft.dict_get_hashed(d, k, h)
    _weft.dict_del_hashed(d, k, h)
    return v

def _dict_build(items):
    d = {}
    i = 0
    while i < len(items):
        _dict_setitem(d, items[i], items[i + 1])
        i += 2
    return d

def _dict_update_arg(d, other):
    # dict_update_arg: a dict, anything with keys(), or an iterable of pairs.
    if type(other) is dict:
        for k, v, h in _weft.dict_entries(other):
            _dict_setitem_hashed(d, k, v, h)
        return
    keys = getattr(other, 'keys', MISSING)
    if keys is not MISSING:
        for k in list(keys()):
            d[k] = other[k]
        return
    i = 0
    for item in other:
        if type(item) is tuple or type(item) is list:
            fast = item
        else:
            fast = _dict_seq_item(item, i)
        if len(fast) != 2:
            raise ValueError('dictionary update sequence element #' + str(i) + ' has length ' + str(len(fast)) + '; 2 is required')
        d[fast[0]] = fast[1]
        i += 1

def _dict_seq_item(item, i):
    if not _weft.is_iterable(item):
        raise TypeError('cannot convert dictionary update sequence element #' + str(i) + ' to a sequence')
    return list(item)

def _dict_update(d, other, kwargs):
    _dict_update_arg(d, other)
    if kwargs is not None:
        for k in kwargs:
            d[k] = kwargs[k]

def _dict_from(src, kwargs):
    d = {}
    _dict_update(d, src, kwargs)
    return d

def _dict_ior(d, other):
    _dict_update_arg(d, other)
    return d

def _dict_or(x, y):
    d = x.copy()
    _dict_update_arg(d, y)
    return d

def _dict_merge(d, other, fname):
    if not hasattr(other, 'keys'):
        raise TypeError(fname + " argument after ** must be a mapping, not " + type(other).__name__)
    for k in other.keys():
        if k in d:
            raise TypeError(fname + " got multiple values for keyword argument '" + str(k) + "'")
        d[k] = other[k]

def _dict_eq(x, y, negate):
    r = len(x) == len(y)
    if r:
        for k, v, h in _weft.dict_entries(x):
            k2 = _dict_lookup(y, k, h)
            if k2 is MISSING:
                r = False
                break
            w = _weft.dict_get_hashed(y, k2, h)
            if not (v is w or v == w):
                r = False
                break
    if negate:
        return not r
    return r

def _dict_fromkeys(src, value):
    d = {}
    for k in src:
        d[k] = value
    return d

# ---- dict views ----

def _dictview_contains(v, x):
    kind = _weft.view_kind(v)
    d = _weft.view_dict(v)
    if kind == 0:
        return x in d
    if kind == 1:
        for y in v:
            if y is x or y == x:
                return True
        return False
    if type(x) is not tuple or len(x) != 2:
        return False
    h = _hash(x[0])
    k = _dict_lookup(d, x[0], h)
    if k is MISSING:
        return False
    found = _weft.dict_get_hashed(d, k, h)
    return found is x[1] or found == x[1]

def _is_view_set(x):
    k = _weft.view_kind(x)
    return k == 0 or k == 2

def _all_contained_in(a, b):
    for x in a:
        if x not in b:
            return False
    return True

def _dictview_richcompare(v, other, op):
    if not isinstance(other, (set, frozenset)) and not _is_view_set(other):
        return NotImplemented
    ls = len(v)
    lo = len(other)
    ok = False
    if op == 2 or op == 3:
        if ls == lo:
            ok = _all_contained_in(v, other)
        if op == 3:
            ok = not ok
    elif op == 0:
        if ls < lo:
            ok = _all_contained_in(v, other)
    elif op == 1:
        if ls <= lo:
            ok = _all_contained_in(v, other)
    elif op == 4:
        if ls > lo:
            ok = _all_contained_in(other, v)
    elif ls >= lo:
        ok = _all_contained_in(other, v)
    return ok

def _dictviews_to_set(v):
    if _weft.view_kind(v) == 0:
        return set(_weft.view_dict(v))
    return set(v)

def _dictview_and(x, y):
    if not _is_view_set(x):
        x, y = y, x
    n = len(x)
    if type(y) is set and n <= len(y):
        return y.intersection(x)
    if _is_view_set(y) and len(y) > n:
        x, y = y, x
    result = set()
    for k in y:
        if k in x:
            result.add(k)
    return result

def _dictview_or(x, y):
    result = _dictviews_to_set(x)
    result.update(y)
    return result

def _dictview_sub(x, y):
    result = _dictviews_to_set(x)
    result.difference_update(y)
    return result

def _dictview_xor(x, y):
    if _weft.view_kind(x) == 2 and _weft.view_kind(y) == 2:
        return _dictitems_xor(x, y)
    result = _dictviews_to_set(x)
    result.symmetric_difference_update(y)
    return result

def _dictitems_xor(x, y):
    temp = _weft.view_dict(x).copy()
    result = set()
    for key, val2, h in _weft.dict_entries(_weft.view_dict(y)):
        k1 = _dict_lookup(temp, key, h)
        delete = False
        if k1 is not MISSING:
            val1 = _weft.dict_get_hashed(temp, k1, h)
            delete = val1 is val2 or val1 == val2
        if delete:
            _weft.dict_del_hashed(temp, k1, h)
        else:
            result.add((key, val2))
    result.update(temp.items())
    return result

def _dictview_isdisjoint(v, other):
    if v is other:
        return len(v) == 0
    it = other
    container = v
    if (isinstance(other, (set, frozenset)) or _is_view_set(other)) and len(other) > len(v):
        it = v
        container = other
    for x in it:
        if x in container:
            return False
    return True

# ---- set: lookups with guest __hash__ / __eq__, and setobject.c's operations ----

def _set_lookup(s, key, h):
    for k in _weft.set_candidates(s, h):
        if k is key or k == key:
            return k
    return MISSING

def _set_add_hashed(s, key, h):
    if _set_lookup(s, key, h) is MISSING:
        _weft.set_insert_new(s, key, h)

def _set_discard_hashed(s, key, h):
    k = _set_lookup(s, key, h)
    if k is MISSING:
        return False
    _weft.set_delete(s, k, h)
    return True

def _set_add(s, key):
    _set_add_hashed(s, key, _hash(key))

def _set_build(items):
    s = set()
    for x in items:
        _set_add(s, x)
    return s

def _set_merge(s, other):
    if other is s or len(other) == 0:
        return
    if _weft.set_fill(s) == 0:
        _weft.set_merge_into_empty(s, other)
        return
    _weft.set_presize(s, len(other))
    for k, h in _weft.set_entries(other):
        _set_add_hashed(s, k, h)

def _set_update(s, other):
    if isinstance(other, (set, frozenset)):
        _set_merge(s, other)
    elif type(other) is dict:
        _weft.set_presize(s, len(other))
        for k, v, h in _weft.dict_entries(other):
            _set_add_hashed(s, k, h)
    else:
        _set_add_all(s, other)

def _set_add_all(s, it):
    # Keys with a built-in hash and equality go in natively; the others the long way.
    add = _weft.set_add_plain
    for x in it:
        if not add(s, x):
            _set_add(s, x)

def _set_collect_rest(s, first, gen):
    # set(generator expression) whose key `first` needs guest code (its __hash__ or
    # __eq__): the rest the long way (see ReturnMode.collectSet).
    s.add(first)
    for x in gen:
        s.add(x)
    return s

def _set_from_iter(it, frozen):
    if frozen:
        s = _weft.set_new(True)
        _set_add_all(s, it)
        return s
    return {x for x in it}

def _set_update_from(s, others):
    for o in others:
        _set_update(s, o)

def _set_from(it, frozen):
    s = _weft.set_new(frozen)
    _set_update(s, it)
    return s

def _set_key(key):
    # A set is looked for as the frozenset of its keys.
    try:
        return key, _hash(key)
    except TypeError:
        if not isinstance(key, set):
            raise
    key = frozenset(key)
    return key, _hash(key)

def _set_contains(s, key):
    key, h = _set_key(key)
    return _set_lookup(s, key, h) is not MISSING

def _set_remove(s, key):
    k, h = _set_key(key)
    if not _set_discard_hashed(s, k, h):
        raise KeyError(key)

def _set_discard(s, key):
    k, h = _set_key(key)
    _set_discard_hashed(s, k, h)

def _set_union(so, *others):
    result = _weft.set_copy(so, type(so) is frozenset)
    for other in others:
        if other is not so:
            _set_update(result, other)
    return result

def _set_intersection1(so, other):
    if so is other:
        return _weft.set_copy(so, type(so) is frozenset)
    result = _weft.set_new(type(so) is frozenset)
    if isinstance(other, (set, frozenset)):
        a = so
        b = other
        if len(b) > len(a):
            a, b = b, a
        for k, h in _weft.set_entries(b):
            if _set_lookup(a, k, h) is not MISSING:
                _set_add_hashed(result, k, h)
        return result
    n = len(so)
    for k in other:
        h = _hash(k)
        if _set_lookup(so, k, h) is not MISSING:
            _set_add_hashed(result, k, h)
            if len(result) >= n:
                break
    return result

def _set_intersection(so, *others):
    if not others:
        return _weft.set_copy(so, type(so) is frozenset)
    result = so
    for other in others:
        result = _set_intersection1(result, other)
    return result

def _set_intersection_update(so, *others):
    tmp = _set_intersection(so, *others)
    _weft.set_swap_bodies(so, tmp)

def _set_difference_update1(so, other):
    if so is other:
        _weft.set_clear(so)
        return
    if isinstance(other, (set, frozenset)):
        if (len(other) >> 3) > len(so):
            other = _set_intersection1(so, other)
        for k, h in _weft.set_entries(other):
            _set_discard_hashed(so, k, h)
    else:
        for k in other:
            _set_discard_hashed(so, k, _hash(k))
    _weft.set_shrink(so)

def _set_difference_update(so, *others):
    for other in others:
        _set_difference_update1(so, other)

def _set_copy_and_difference(so, other):
    result = _weft.set_copy(so, type(so) is frozenset)
    _set_difference_update1(result, other)
    return result

def _set_difference1(so, other):
    if isinstance(other, (set, frozenset)) or type(other) is dict:
        n = len(other)
    else:
        return _set_copy_and_difference(so, other)
    if (len(so) >> 2) > n:
        return _set_copy_and_difference(so, other)
    result = _weft.set_new(type(so) is frozenset)
    if type(other) is dict:
        for k, h in _weft.set_entries(so):
            if _dict_lookup(other, k, h) is MISSING:
                _set_add_hashed(result, k, h)
        return result
    for k, h in _weft.set_entries(so):
        if _set_lookup(other, k, h) is MISSING:
            _set_add_hashed(result, k, h)
    return result

def _set_difference(so, *others):
    if not others:
        return _weft.set_copy(so, type(so) is frozenset)
    result = _set_difference1(so, others[0])
    for other in others[1:]:
        _set_difference_update1(result, other)
    return result

def _set_symmetric_difference_update(so, other):
    if so is other:
        _weft.set_clear(so)
        return
    if type(other) is dict:
        for k, v, h in _weft.dict_entries(other):
            if not _set_discard_hashed(so, k, h):
                _set_add_hashed(so, k, h)
        return
    if isinstance(other, (set, frozenset)):
        otherset = other
    else:
        otherset = _weft.set_new(type(so) is frozenset)
        _set_update(otherset, other)
    for k, h in _weft.set_entries(otherset):
        if not _set_discard_hashed(so, k, h):
            _set_add_hashed(so, k, h)

def _set_symmetric_difference(so, other):
    otherset = _weft.set_new(type(so) is frozenset)
    _set_update(otherset, other)
    _set_symmetric_difference_update(otherset, so)
    return otherset

def _set_issubset_sets(a, b):
    if len(a) > len(b):
        return False
    for k, h in _weft.set_entries(a):
        if _set_lookup(b, k, h) is MISSING:
            return False
    return True

def _set_as_set(other):
    if isinstance(other, (set, frozenset)):
        return other
    tmp = set()
    _set_update(tmp, other)
    return tmp

def _set_issubset(so, other):
    return _set_issubset_sets(so, _set_as_set(other))

def _set_issuperset(so, other):
    return _set_issubset_sets(_set_as_set(other), so)

def _set_isdisjoint(so, other):
    if so is other:
        return len(so) == 0
    if type(other) is set or type(other) is frozenset:
        a = so
        b = other
        if len(b) > len(a):
            a, b = b, a
        for k, h in _weft.set_entries(b):
            if _set_lookup(a, k, h) is not MISSING:
                return False
        return True
    for k in other:
        if _set_lookup(so, k, _hash(k)) is not MISSING:
            return False
    return True

def _set_richcompare(x, y, op):
    if op == 2 or op == 3:
        r = len(x) == len(y) and _set_issubset_sets(x, y)
        if op == 2:
            return r
        return not r
    if op == 1:
        return _set_issubset_sets(x, y)
    if op == 5:
        return _set_issubset_sets(y, x)
    if op == 0:
        return len(x) < len(y) and _set_issubset_sets(x, y)
    return len(x) > len(y) and _set_issubset_sets(y, x)

def _set_inplace(x, y, kind):
    if kind == 11:
        _set_update(x, y)
    elif kind == 10:
        _set_intersection_update(x, y)
    elif kind == 1:
        _set_difference_update1(x, y)
    else:
        _set_symmetric_difference_update(x, y)
    return x

# ---- list and tuple ----

def _tuple_slow(it):
    return tuple([x for x in it])

def _list_from(it):
    return [x for x in it]

def _list_extend(l, it):
    append = l.append
    for x in it:
        append(x)

def _list_iadd(l, it):
    _list_extend(l, it)
    return l

def _list_setslice(l, s, v):
    l[s] = list(v)

def _list_insert_index(l, i, x):
    l.insert(_index(i), x)

def _list_remove(l, x):
    i = 0
    while i < len(l):
        v = l[i]
        if v is x or v == x:
            del l[i]
            return
        i += 1
    raise ValueError('list.remove(x): x not in list')

def _seq_index(seq, x, i, stop):
    while i < stop and i < len(seq):
        v = seq[i]
        if v is x or v == x:
            return i
        i += 1
    if type(seq) is tuple:
        raise ValueError('tuple.index(x): x not in tuple')
    raise ValueError(_repr(x) + ' is not in list')

def _seq_count(seq, x, i, count):
    while i < len(seq):
        v = seq[i]
        if v is x or v == x:
            count += 1
        i += 1
    return count

def _seq_count_iter(seq, x):
    n = 0
    for v in seq:
        if v is x or v == x:
            n += 1
    return n

def _seq_index_iter(seq, x):
    i = 0
    for v in seq:
        if v is x or v == x:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')

def _cmp_op(a, b, op):
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

def _seq_richcompare(v, w, op):
    if type(v) is list and (op == 2 or op == 3) and len(v) != len(w):
        return op == 3
    i = 0
    while i < len(v) and i < len(w):
        a = v[i]
        b = w[i]
        if not (a is b or a == b):
            break
        i += 1
    if i >= len(v) or i >= len(w):
        return _cmp_op(len(v), len(w), op)
    if op == 2:
        return False
    if op == 3:
        return True
    return _cmp_op(v[i], w[i], op)

def _slice_richcompare(a, b, op):
    return _cmp_op((a.start, a.stop, a.step), (b.start, b.stop, b.step), op)

def _tuple_hash(t):
    return _weft.tuple_hash_of([_hash(x) for x in t])

# ---- sorting: list.sort with key functions or guest comparisons ----

def _list_sort(l, key, reverse):
    items = _weft.list_items(l)
    if key is None:
        keys = list(items)
    else:
        keys = [key(x) for x in items]
    try:
        if _weft.sort_keys(keys, items, reverse) is MISSING:
            _timsort(keys, items, reverse)
    finally:
        _weft.list_set_items(l, items)

def _sorted(iterable, key, reverse):
    l = list(iterable)
    _list_sort(l, key, reverse)
    return l

def _timsort(keys, values, reverse):
    if reverse:
        keys.reverse()
        values.reverse()
    try:
        n = len(keys)
        if n >= 2:
            _ts_sort(keys, values, n)
    finally:
        if reverse:
            keys.reverse()
            values.reverse()

def _ts_sort(keys, values, n):
    # listsort: natural runs, extended to minrun by binary insertion, merged by the
    # powersort policy (merges without galloping: the same result for any consistent order).
    m = n
    r = 0
    while m >= 64:
        r |= m & 1
        m >>= 1
    minrun = m + r
    pending = []
    lo = 0
    remaining = n
    while remaining:
        run, descending = _ts_count_run(keys, lo, lo + remaining)
        if descending:
            _ts_reverse(keys, values, lo, lo + run)
        if run < minrun:
            force = remaining if remaining <= minrun else minrun
            _ts_binarysort(keys, values, lo, lo + force, lo + run)
            run = force
        if pending:
            top = pending[-1]
            power = _ts_powerloop(top[0], top[1], run, n)
            while len(pending) > 1 and pending[-2][2] > power:
                _ts_merge_at(keys, values, pending, len(pending) - 2)
            pending[-1] = (pending[-1][0], pending[-1][1], power)
        pending.append((lo, run, 0))
        lo += run
        remaining -= run
    while len(pending) > 1:
        i = len(pending) - 2
        if i > 0 and pending[i - 1][1] < pending[i + 1][1]:
            i -= 1
        _ts_merge_at(keys, values, pending, i)

def _ts_reverse(keys, values, lo, hi):
    hi -= 1
    while lo < hi:
        keys[lo], keys[hi] = keys[hi], keys[lo]
        values[lo], values[hi] = values[hi], values[lo]
        lo += 1
        hi -= 1

def _ts_count_run(keys, lo, hi):
    lo += 1
    if lo == hi:
        return 1, False
    n = 2
    if keys[lo] < keys[lo - 1]:
        lo += 1
        while lo < hi:
            if keys[lo] < keys[lo - 1]:
                lo += 1
                n += 1
            else:
                break
        return n, True
    lo += 1
    while lo < hi:
        if keys[lo] < keys[lo - 1]:
            break
        lo += 1
        n += 1
    return n, False

def _ts_binarysort(keys, values, lo, hi, start):
    if lo == start:
        start += 1
    while start < hi:
        pivot = keys[start]
        pv = values[start]
        l = lo
        r = start
        while l < r:
            p = l + ((r - l) >> 1)
            if pivot < keys[p]:
                r = p
            else:
                l = p + 1
        p = start
        while p > l:
            keys[p] = keys[p - 1]
            values[p] = values[p - 1]
            p -= 1
        keys[l] = pivot
        values[l] = pv
        start += 1

def _ts_powerloop(s1, n1, n2, n):
    result = 0
    a = 2 * s1 + n1
    b = a + n1 + n2
    while True:
        result += 1
        if a >= n:
            a -= n
            b -= n
        elif b >= n:
            break
        a <<= 1
        b <<= 1
    return result

def _ts_merge_at(keys, values, pending, i):
    base_a, na, pa = pending[i]
    base_b, nb, pb = pending[i + 1]
    pending[i] = (base_a, na + nb, pa)
    del pending[i + 1]
    ka = keys[base_a:base_a + na]
    va = values[base_a:base_a + na]
    kb = keys[base_b:base_b + nb]
    vb = values[base_b:base_b + nb]
    i = 0
    j = 0
    d = base_a
    try:
        while i < na and j < nb:
            if kb[j] < ka[i]:
                keys[d] = kb[j]
                values[d] = vb[j]
                j += 1
            else:
                keys[d] = ka[i]
                values[d] = va[i]
                i += 1
            d += 1
    finally:
        while i < na:
            keys[d] = ka[i]
            values[d] = va[i]
            i += 1
            d += 1
        while j < nb:
            keys[d] = kb[j]
            values[d] = vb[j]
            j += 1
            d += 1

# ---- min, max, sum, any, all ----

def _min_max(args, key, default, is_max):
    name = 'max' if is_max else 'min'
    if len(args) == 1:
        it = iter(args[0])
    else:
        it = iter(args)
    best = MISSING
    bestkey = MISSING
    for item in it:
        k = item if key is None else key(item)
        if best is MISSING:
            best = item
            bestkey = k
        elif is_max:
            if k > bestkey:
                best = item
                bestkey = k
        elif k < bestkey:
            best = item
            bestkey = k
    if best is MISSING:
        if default is not MISSING:
            return default
        raise ValueError(name + '() arg is an empty sequence')
    return best

def _sum(iterable, start):
    result = start
    for x in iterable:
        result = result + x
    return result

def _any(iterable):
    for x in iterable:
        if x:
            return True
    return False

def _all(iterable):
    for x in iterable:
        if not x:
            return False
    return True

# ---- the iterator types' steps when guest code is involved ----

def _enumerate_new(iterable, start):
    return _weft.new_iter(enumerate, iter(iterable), start, 0)

def _enumerate_next(e):
    x = next(_weft.iter_field(e, 0))
    n = _weft.iter_field(e, 1)
    _weft.iter_set_field(e, 1, n + 1)
    return (n, x)

def _zip_new(iterables, strict):
    its = tuple([iter(x) for x in iterables])
    return _weft.new_iter(zip, its, bool(strict), 0)

def _zip_next(z):
    its = _weft.iter_field(z, 0)
    if not its:
        raise StopIteration
    items = []
    i = 0
    for it in its:
        x = next(it, MISSING)
        if x is MISSING:
            if _weft.iter_field(z, 1):
                _zip_strict_check(its, i)
            raise StopIteration
        items.append(x)
        i += 1
    return tuple(items)

def _zip_strict_check(its, i):
    if i:
        plural = ' ' if i == 1 else 's 1-'
        raise ValueError('zip() argument ' + str(i + 1) + ' is shorter than argument' + plural + str(i))
    j = 1
    while j < len(its):
        if next(its[j], MISSING) is not MISSING:
            plural = ' ' if j == 1 else 's 1-'
            raise ValueError('zip() argument ' + str(j + 1) + ' is longer than argument' + plural + str(j))
        j += 1

def _map_new(func, iterables):
    return _weft.new_iter(map, func, tuple([iter(x) for x in iterables]), 0)

def _map_next(m):
    func = _weft.iter_field(m, 0)
    its = _weft.iter_field(m, 1)
    if len(its) == 1:
        return func(next(its[0]))
    args = []
    for it in its:
        args.append(next(it))
    return func(*args)

def _filter_new(func, iterable):
    return _weft.new_iter(filter, func, iter(iterable), 0)

def _filter_next(f):
    func = _weft.iter_field(f, 0)
    it = _weft.iter_field(f, 1)
    while True:
        x = next(it)
        if func is None or func is bool:
            if x:
                return x
        elif func(x):
            return x

def _reversed_new(seq):
    return _weft.new_iter(reversed, seq, None, len(seq) - 1)

def _reversed_next(r):
    seq = _weft.iter_field(r, 0)
    i = _weft.iter_field(r, 3)
    x = MISSING
    if seq is not None and i >= 0:
        x = _item_or_missing(seq, i)
    if x is MISSING:
        _weft.iter_set_field(r, 0, None)
        raise StopIteration
    _weft.iter_set_field(r, 3, i - 1)
    return x

def _item_or_missing(seq, i):
    try:
        return seq[i]
    except (IndexError, StopIteration):
        return MISSING

def _callable_iter_next(it):
    func = _weft.iter_field(it, 0)
    if func is None:
        raise StopIteration
    sentinel = _weft.iter_field(it, 1)
    try:
        r = func()
    except StopIteration:
        _weft.iter_set_field(it, 0, None)
        raise
    if sentinel is r or sentinel == r:
        _weft.iter_set_field(it, 0, None)
        raise StopIteration
    return r

def _seq_iter_next(it):
    seq = _weft.iter_field(it, 0)
    x = MISSING
    if seq is not None:
        i = _weft.iter_field(it, 3)
        x = _item_or_missing(seq, i)
    if x is MISSING:
        _weft.iter_set_field(it, 0, None)
        raise StopIteration
    _weft.iter_set_field(it, 3, i + 1)
    return x
"""#
