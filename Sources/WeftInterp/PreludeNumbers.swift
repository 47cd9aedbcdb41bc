// The prelude's part for numbers (see Prelude.swift): the protocol steps of int(),
// float(), complex(), divmod(), pow() with three arguments and round() for operands
// that are not built-in numbers (__int__, __index__, __float__, __complex__...), and
// the random module's Python half (CPython's random.py on top of the native generator).

let preludeNumbers = #"""
def _num_index(x):
    m = _weft.lookup_type(x, '__index__')
    if m is MISSING:
        raise TypeError("'" + type(x).__name__ + "' object cannot be interpreted as an integer")
    r = m(x)
    if type(r) is not int:
        if isinstance(r, int):
            return int(r)
        raise TypeError('__index__ returned non-int (type ' + type(r).__name__ + ')')
    return r

def _num_float(x):
    if type(x) is float:
        return x
    m = _weft.lookup_type(x, '__float__')
    if m is not MISSING:
        r = m(x)
        if type(r) is not float:
            if isinstance(r, float):
                return float(r)
            raise TypeError(type(x).__name__ + '.__float__ returned non-float (type ' + type(r).__name__ + ')')
        return r
    if _weft.lookup_type(x, '__index__') is not MISSING:
        return float(_num_index(x))
    raise TypeError('must be real number, not ' + type(x).__name__)

def _num_retry_index(f, *args, **kwargs):
    args = [a if type(a) is int or _weft.lookup_type(a, '__index__') is MISSING else _num_index(a) for a in args]
    if kwargs:
        return f(*args, **kwargs)
    return f(*args)

def _num_as_real(a):
    if type(a) is float or type(a) is int or type(a) is bool:
        return a
    return _num_float(a)

def _num_retry_float(f, *args, **kwargs):
    args = [_num_as_real(a) for a in args]
    if kwargs:
        for k in kwargs:
            kwargs[k] = _num_as_real(kwargs[k])
        return f(*args, **kwargs)
    return f(*args)

def _num_fsum(f, it):
    return f([_num_as_real(x) for x in it])

def _num_dist(f, p, q):
    p = tuple(p)
    q = tuple(q)
    if len(p) != len(q):
        raise ValueError('both points must have the same number of dimensions')
    return f(tuple([_num_as_real(x) for x in p]), tuple([_num_as_real(x) for x in q]))

def _num_prod(iterable, start):
    r = start
    for x in iterable:
        r = r * x
    return r

def _num_round_index(x, n):
    return round(x, _num_index(n))

def _num_int_base(x, base):
    return int(x, _num_index(base))

def _num_int(x):
    m = _weft.lookup_type(x, '__int__')
    if m is not MISSING:
        r = m(x)
        if type(r) is not int:
            if isinstance(r, int):
                return int(r)
            raise TypeError('__int__ returned non-int (type ' + type(r).__name__ + ')')
        return r
    if _weft.lookup_type(x, '__index__') is not MISSING:
        return _num_index(x)
    m = _weft.lookup_type(x, '__trunc__')
    if m is not MISSING:
        r = m(x)
        if type(r) is int:
            return r
        if isinstance(r, int):
            return int(r)
        if _weft.lookup_type(r, '__index__') is MISSING:
            raise TypeError('__trunc__ returned non-Integral (type ' + type(r).__name__ + ')')
        return _num_index(r)
    raise TypeError("int() argument must be a string, a bytes-like object or a real number, not '" + type(x).__name__ + "'")

def _num_float_from(x):
    if _weft.lookup_type(x, '__float__') is MISSING and _weft.lookup_type(x, '__index__') is MISSING:
        raise TypeError("float() argument must be a string or a real number, not '" + type(x).__name__ + "'")
    return _num_float(x)

def _num_complex(r, i):
    m = _weft.lookup_type(r, '__complex__')
    if m is not MISSING and type(r) is not complex:
        r = m(r)
        if not isinstance(r, complex):
            raise TypeError('__complex__ returned non-complex (type ' + type(r).__name__ + ')')
    elif not isinstance(r, (int, float, complex)):
        r = _num_float(r)
    if i is MISSING:
        return complex(r)
    if not isinstance(i, (int, float, complex)):
        i = _num_float(i)
    return complex(r, i)

def _num_divmod(a, b):
    ta = type(a)
    tb = type(b)
    left = _weft.lookup(ta, '__divmod__')
    right = _weft.lookup(tb, '__rdivmod__') if tb is not ta else MISSING
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
    raise TypeError("unsupported operand type(s) for divmod(): '" + ta.__name__ + "' and '" + tb.__name__ + "'")

def _num_pow3(a, b, m):
    f = _weft.lookup(type(a), '__pow__')
    if f is not MISSING:
        r = f(a, b, m)
        if r is not NotImplemented:
            return r
    raise TypeError("unsupported operand type(s) for ** or pow(): '" + type(a).__name__ + "', '" + type(b).__name__ + "', '" + type(m).__name__ + "'")

class _num_structseq:
    # A named tuple of sys (float_info, int_info, hash_info): fields are attributes.
    def __repr__(self):
        parts = []
        i = 0
        for v in self._values:
            parts.append(self._fields[i] + '=' + repr(v))
            i += 1
        return 'sys.' + type(self).__name__ + '(' + ', '.join(parts) + ')'
    def __getitem__(self, i):
        return self._values[i]
    def __len__(self):
        return len(self._values)
    def __iter__(self):
        return iter(self._values)
    def __eq__(self, other):
        if isinstance(other, _num_structseq):
            other = other._values
        return self._values == other
    def __ne__(self, other):
        return not self == other
    def __hash__(self):
        return hash(self._values)

class float_info(_num_structseq):
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds')

class int_info(_num_structseq):
    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold')

class hash_info(_num_structseq):
    _fields = ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff')

_num_float_info = float_info
_num_int_info = int_info
_num_hash_info = hash_info
del float_info, int_info, hash_info

def _num_from_bytes_iterable(cls, data, *args, **kwargs):
    return cls.from_bytes([_num_index(x) for x in data], *args, **kwargs)
"""#
