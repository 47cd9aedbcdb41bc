// The prelude's part for strings (see Prelude.swift): the steps of str and bytes
// methods and of formatting that call guest code — __format__, __str__ of objects,
// attribute and item access in str.format fields, __index__/__int__/__float__ in
// %-formatting, iterables that are not built-in.

let preludeStrings = #"""
def _format(v, spec):
    m = _weft.lookup_type(v, '__format__')
    r = m(v, spec)
    if not isinstance(r, str):
        raise TypeError('__format__ must return a str, not ' + type(r).__name__)
    return r

_repr_active = []

def _container_repr(x):
    i = id(x)
    if i in _repr_active:
        if isinstance(x, list):
            return '[...]'
        if isinstance(x, tuple):
            return '(...)'
        if isinstance(x, dict):
            return '{...}'
        return type(x).__name__ + '(...)'
    _repr_active.append(i)
    try:
        if isinstance(x, list):
            return '[' + ', '.join([_repr(v) for v in x]) + ']'
        if isinstance(x, tuple):
            if len(x) == 1:
                return '(' + _repr(x[0]) + ',)'
            return '(' + ', '.join([_repr(v) for v in x]) + ')'
        if isinstance(x, dict):
            return '{' + ', '.join([_repr(k) + ': ' + _repr(v) for k, v in x.items()]) + '}'
        if isinstance(x, (set, frozenset)):
            name = type(x).__name__
            if not x:
                return name + '()'
            body = '{' + ', '.join([_repr(v) for v in x]) + '}'
            if type(x) is set:
                return body
            return name + '(' + body + ')'
        if isinstance(x, slice):
            start, stop, step = _weft.slice_parts(x)
            return 'slice(' + _repr(start) + ', ' + _repr(stop) + ', ' + _repr(step) + ')'
        return type(x).__name__ + '([' + ', '.join([_repr(v) for v in x]) + '])'
    finally:
        del _repr_active[len(_repr_active) - 1]

def _ascii(x):
    return _weft.ascii_escape(_repr(x))

def _join_slow(sep, iterable):
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('can only join an iterable') from None
    items = []
    for x in it:
        items.append(x)
    return sep.join(items)

def _str_translate(s, table):
    out = []
    for c in s:
        try:
            r = table[ord(c)]
        except LookupError:
            out.append(c)
            continue
        if r is None:
            continue
        if isinstance(r, int):
            out.append(chr(r) if 0 <= r <= 0x10FFFF else _translate_range_error())
        elif isinstance(r, str):
            out.append(r)
        else:
            raise TypeError('character mapping must return integer, None or str')
    return ''.join(out)

def _translate_range_error():
    raise ValueError('character mapping must be in range(0x110000)')

def _str_decode(object=MISSING, encoding=MISSING, errors=MISSING):
    if object is MISSING:
        return ''
    if encoding is MISSING and errors is MISSING:
        return _str(object)
    if isinstance(object, str):
        raise TypeError('decoding str is not supported')
    if not isinstance(object, (bytes, bytearray)):
        raise TypeError("decoding to str: need a bytes-like object, " + type(object).__name__ + " found")
    if encoding is MISSING:
        encoding = 'utf-8'
    if errors is MISSING:
        errors = 'strict'
    return object.decode(encoding, errors)

def _vformat(fmt, args, kwargs, depth, auto):
    # str.format / format_map when the native path cannot finish (unicode_format.h).
    if auto is None:
        auto = [0, 0]
    if depth <= 0:
        raise ValueError('Max string recursion exceeded')
    out = []
    for item in _weft.format_markup(fmt):
        if type(item) is str:
            raise ValueError(item)
        literal, name, spec, conv, expand = item
        out.append(literal)
        if name is None:
            continue
        obj = _format_field(name, args, kwargs, auto)
        if conv is not None:
            if conv == 'r':
                obj = _repr(obj)
            elif conv == 's':
                obj = _str(obj)
            elif conv == 'a':
                obj = ascii(obj)
            elif ' ' < conv < '\x7f':
                raise ValueError('Unknown conversion specifier ' + conv)
            else:
                raise ValueError('Unknown conversion specifier \\x' + format(ord(conv), 'x'))
        if expand:
            spec = _vformat(spec, args, kwargs, depth - 1, auto)
        out.append(format(obj, spec))
    return ''.join(out)

def _format_field(name, args, kwargs, auto):
    first, index, rest = _weft.field_name_split(name)
    empty = first == ''
    if empty or index >= 0:
        if auto[0] == 0:
            auto[0] = 1 if empty else 2
        if auto[0] == 2 and empty:
            raise ValueError('cannot switch from manual field specification to automatic field numbering')
        if auto[0] == 1 and not empty:
            raise ValueError('cannot switch from automatic field numbering to manual field specification')
        if empty:
            index = auto[1]
            auto[1] += 1
    if index < 0:
        if kwargs is None:
            raise KeyError(first)
        obj = kwargs[first]
    else:
        if args is None:
            raise ValueError('Format string contains positional fields')
        if index >= len(args):
            raise IndexError('Replacement index ' + str(index) + ' out of range for positional args tuple')
        obj = args[index]
    for part in rest:
        if type(part) is str:
            raise ValueError(part)
        if part[0]:
            obj = getattr(obj, part[1])
        else:
            obj = obj[part[1]]
    return obj

def _has_slot(v, name):
    return _weft.lookup_type(v, name) is not MISSING

def _percent_slow(fmt, args):
    # str % args when some value needs guest code: converts those values, turns %r/%a
    # of converted values into %s, renames mapping keys, then formats natively.
    is_tuple = isinstance(args, tuple)
    vals = list(args) if is_tuple else [args]
    mapping = None
    if not is_tuple and not isinstance(args, str) and (isinstance(args, (dict, list, bytes, range)) or _has_slot(args, '__getitem__')):
        mapping = args
    keyed = {}
    out = []
    pos = 0
    i = 0
    last = 0
    n = len(fmt)
    while i < n:
        if fmt[i] != '%':
            i += 1
            continue
        j = i + 1
        if j < n and fmt[j] == '%':
            i = j + 1
            continue
        key = None
        if j < n and fmt[j] == '(':
            depth = 1
            k = j + 1
            while k < n and depth > 0:
                if fmt[k] == ')':
                    depth -= 1
                elif fmt[k] == '(':
                    depth += 1
                k += 1
            if depth > 0 or mapping is None:
                break
            key = fmt[j + 1:k - 1]
            newkey = 'k' + str(len(keyed))
            out.append(fmt[last:j + 1])
            out.append(newkey)
            last = k - 1
            j = k
        while j < n and fmt[j] in '-+ #0':
            j += 1
        if j < n and fmt[j] == '*':
            pos += 1
            j += 1
        else:
            while j < n and '0' <= fmt[j] <= '9':
                j += 1
        if j < n and fmt[j] == '.':
            j += 1
            if j < n and fmt[j] == '*':
                pos += 1
                j += 1
            else:
                while j < n and '0' <= fmt[j] <= '9':
                    j += 1
        if j < n and fmt[j] in 'hlL':
            j += 1
        if j >= n:
            break
        c = fmt[j]
        if key is not None:
            v = mapping[key]
        elif pos < len(vals):
            v = vals[pos]
        else:
            break
        conv = c
        if c in 'sra':
            v = _str(v) if c == 's' else _repr(v) if c == 'r' else ascii(v)
            conv = 's'
        elif c in 'diu':
            if not isinstance(v, (int, float)) and (_has_slot(v, '__int__') or _has_slot(v, '__index__')):
                v = int(v)
        elif c in 'oxX':
            if not isinstance(v, int) and _has_slot(v, '__index__'):
                v = _index(v)
        elif c in 'eEfFgG':
            if not isinstance(v, (int, float)):
                if _has_slot(v, '__float__'):
                    v = float(v)
                elif _has_slot(v, '__index__'):
                    v = _index(v)
        elif c == 'c':
            if not isinstance(v, (int, str)) and _has_slot(v, '__index__'):
                v = _index(v)
        if key is not None:
            keyed[newkey] = v
        else:
            vals[pos] = v
            pos += 1
        out.append(fmt[last:j])
        out.append(conv)
        last = j + 1
        i = j + 1
    out.append(fmt[last:])
    newfmt = ''.join(out)
    if keyed:
        return _weft.percent_final(newfmt, keyed)
    if mapping is not None:
        return _weft.percent_final(newfmt, vals[0] if not is_tuple else tuple(vals))
    return _weft.percent_final(newfmt, tuple(vals) if is_tuple else vals[0])

def _bytes_from(src):
    m = _weft.lookup_type(src, '__bytes__')
    if m is not MISSING:
        r = m(src)
        if not isinstance(r, bytes):
            raise TypeError('__bytes__ returned non-bytes (type ' + type(r).__name__ + ')')
        return r
    return bytes(_bytes_items(src, 'bytes'))

def _bytes_items(src, name):
    # bytes(x) / bytearray(x) for x with __index__ or iterated by guest code: a list of ints.
    if _has_slot(src, '__index__'):
        n = _index(src)
        if n < 0:
            raise ValueError('negative count')
        return [0] * n
    try:
        it = iter(src)
    except TypeError:
        raise TypeError("cannot convert '" + type(src).__name__ + "' object to " + name) from None
    items = []
    for x in it:
        items.append(x if isinstance(x, int) else _index(x))
    return items

def _bytearray_from(src):
    return bytearray(_bytes_items(src, 'bytearray'))

def _bytearray_init(self, *args, **kwargs):
    _weft.bytearray_assign(self, bytearray(*args, **kwargs))

def _bytearray_setslice(self, key, value):
    bytearray.__setitem__(self, key, bytearray(_bytes_items(value, 'bytearray')))

def _bytearray_extend(self, values):
    bytearray.extend(self, bytearray(_bytes_items(values, 'bytearray')))

def _sequence_op_error(a, b, op):
    # The errors of CPython's sq_concat / sq_repeat fallbacks in PyNumber_Add/Multiply.
    if op == 0:
        if isinstance(a, (str, list, tuple)):
            n = type(a).__name__
            if isinstance(a, str):
                n = 'str'
            raise TypeError('can only concatenate ' + n + ' (not "' + type(b).__name__ + '") to ' + n)
        if isinstance(a, bytes):
            raise TypeError("can't concat " + type(b).__name__ + ' to ' + type(a).__name__)
        return
    if isinstance(a, (str, bytes, list, tuple)):
        raise TypeError("can't multiply sequence by non-int of type '" + type(b).__name__ + "'")
    if isinstance(b, (str, bytes, list, tuple)):
        raise TypeError("can't multiply sequence by non-int of type '" + type(a).__name__ + "'")

"""#
