# repr(), str() and ascii() of built-in values: strs (quotes, escapes, non-printables), floats, nested and recursive containers
print(repr('a\'b"c'), repr("it's"), repr('a"b'), repr('\'"'), repr('\x00\x07\x08\t\n\r\x1b\x7f\x80\x9f\xa0\xad\xff\u0100\u200b\u2028\ufeff'))
print(repr('\ud800\udfff\U0001f600\U000e0001\U0010ffff'), repr('\\'), repr(''), str('x'), repr('日本語'), repr('e\u0301'), repr('\u0378'))
print(ascii('é\n\U0001f600'), ascii([1, 'ü', ('ß',)]), ascii('plain'), ascii(b'\xff'), ascii(1.5), ascii({'ä': 'ö'}))
print([1, 'a', None, True, 1.5, (1,), (), [], {}, set(), frozenset(), {1: 'a'}, {'k': [1, (2, 3)]}], (1, 2), ((1,),), [[[]]])
a = [1]; a.append(a); print(a, repr(a), str(a))
d = {'a': 1}; d['self'] = d; print(d)
t = (a, d); print(t)
print({1, 2, 3}, frozenset({1}), set([3]), {frozenset(): 1}, {(1, 2): [3]})
print(repr(10 ** 30), str(-10 ** 30), repr(True), repr(None), repr(...), repr(NotImplemented), repr(int), repr(str), repr(len), repr(type(None)))
class D:
    def __repr__(self):
        return 'D()'
class E:
    def __str__(self):
        return 'E-str'
    def __repr__(self):
        return 'E-repr'
print([D(), D()], (D(),), {1: D()}, [[D()], [1]], str([D()]), repr((D(), 1)), f'{[D()]!r}', [E()], str(E()), repr(E()), (E(),), {'e': E()})
e = [D()]; e.append(e); print(e)
t2 = (D(), [e]); print(t2)
print(str(b'x\x00\xff'), repr(b''), [b'a\'"'], repr(b"'"), repr(b'"'), str(KeyError('k')), repr(KeyError('k')), str(ValueError('a', 1)), repr(ValueError()))
print(range(5), range(1, 5), range(1, 5, 2), slice(1, 2), slice(None), repr(range(0)), slice('a', [D()]))
print(repr(1e16), repr(1e-5), repr(-0.0), repr(float('nan')), repr(float('-inf')), str(1.0), str(100.0), [0.1 + 0.2], {1.5: -2.5})
print({'b': 1, 'a': 2}, dict(x=[1, {2: (3,)}]), {1: {2: {3: {}}}}, list(range(3)), tuple('ab'), {}.keys(), {1: 2}.values(), {1: 2}.items())
class K:
    def __repr__(self):
        return 'K'
print({1: K()}.values(), {K(): 1} != {}, [K()] * 3, (K(),) * 2)
class Bad:
    def __repr__(self):
        return 5
try:
    repr([Bad()])
except TypeError as ex:
    print('TypeError', ex)
