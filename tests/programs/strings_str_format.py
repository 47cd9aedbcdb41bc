# str.format and str.format_map: fields, conversions, nested specs, attribute and item access, errors
class P:
    def __init__(self, x):
        self.x = x
        self.items = [10, 20]
        self.d = {'k': 'v'}
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __str__(self):
        return 'P-str'
    def __repr__(self):
        return 'P-repr'
class Q:
    def __str__(self):
        return 'Q-str'
class BadFmt:
    def __format__(self, spec):
        return 42
p = P(5)
tests = [
    lambda: '{} {} {}'.format(1, 'a', 2.5), lambda: '{0} {1} {0}'.format('x', 'y'), lambda: '{a} {b}'.format(a=1, b=2),
    lambda: '{0.x} {0.items[1]} {0.d[k]}'.format(p), lambda: '{:>10}|{:<5}|{:^7}|'.format('r', 'l', 'c'), lambda: '{!r} {!s} {!a}'.format('é', p, 'é'),
    lambda: '{0:{1}}'.format(3.14159, '.2f'), lambda: '{:{}{}}'.format(5, '>', 4), lambda: '{}'.format(p), lambda: '{:xyz}'.format(p),
    lambda: '{!s:>8}'.format(p), lambda: '{}'.format(Q()), lambda: '{:>5}'.format(Q()), lambda: '{{}} {{{}}}'.format(1), lambda: '{'.format(),
    lambda: '}'.format(), lambda: '{0'.format(1), lambda: '{0!}'.format(1), lambda: '{0!x}'.format(1), lambda: '{0!rr}'.format(1),
    lambda: '{!r'.format(1), lambda: '{} {1}'.format(1, 2), lambda: '{1} {}'.format(1, 2), lambda: '{2}'.format(1), lambda: '{}'.format(),
    lambda: '{x}'.format(y=1), lambda: '{0[}'.format([1]), lambda: '{0[]}'.format([1]), lambda: '{0.}'.format(p), lambda: '{0]}'.format(1),
    lambda: '{0[0]x}'.format([1]), lambda: '{0[0]}'.format({0: 'int', '0': 'str'}), lambda: '{0[a]}'.format({'a': 1}),
    lambda: '{:{:{}}}'.format(1, 2, 3), lambda: '{0:{1:{2}}}'.format(1, 2, 3), lambda: '{}'.format(BadFmt()), lambda: '{0.nope}'.format(p),
    lambda: '{0[5]}'.format([1]), lambda: '{:d}'.format('x'), lambda: '{:s}'.format(1), lambda: '{:,}'.format(1234567.891),
    lambda: '{:_b}'.format(255), lambda: '{:=+08.2f}'.format(-3.5), lambda: 'x{:}y'.format(1), lambda: '{:}'.format(None),
    lambda: '{!r:^10}'.format(None), lambda: '{0}{0}'.format([1, 'a']), lambda: '{}'.format((1,)), lambda: '{:10}'.format(True),
    lambda: '{a[0]}{a[1]}'.format(a='xy'), lambda: '{0:%}'.format(0.25), lambda: '{:e}'.format(12345),
    lambda: '{99999999999999999999}'.format(1), lambda: '{:99999999999999999999}'.format(1), lambda: '{a}'.format_map({'a': 5}),
    lambda: '{a}'.format_map({}), lambda: '{0}'.format_map({}), lambda: '{}'.format_map({}), lambda: '{a.x}'.format_map({'a': p}),
    lambda: '{!z}'.format(1), lambda: '{0!r:}'.format('s'), lambda: '{0!\x01}'.format(1), lambda: '{x!r:*^9}'.format(x='ab'),
    lambda: '{0[0][1]}'.format([[1, 2]]), lambda: '{0.items[0]:05d}'.format(p), lambda: '{:{w}.{p}f}'.format(3.14159, w=10, p=2),
    lambda: '{0:{fill}>{width}}'.format('x', fill='*', width=5), lambda: '{}{}'.format(*'ab'), lambda: '{k}'.format(**{'k': 'v'}),
    lambda: '{0:{1}}'.format('x', '{}'), lambda: '{:{}}'.format('x'), lambda: '{0}{1}'.format('a'), lambda: '{ }'.format(**{' ': 3}),
    lambda: '{0:}}'.format(1), lambda: '{:}'.format(1.0), lambda: '{}'.format(b'x'), lambda: '{0[-1]}'.format({'-1': 'neg'}),
]
for i, f in enumerate(tests):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
class L:
    def __getitem__(self, k):
        return k * 2
print('{x} {y}'.format_map(L()))
