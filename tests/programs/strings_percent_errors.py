# str % args: the errors (argument counts, types, incomplete formats, mappings)
class Obj:
    pass
tests = [('%5%', ()), ('%5%', (1,)), ('%(a)', {'a': 1}), ('%(a)', {}), ('%(a', {}), ('abc%', ()), ('%', ()), ('%.', (1,)), ('%5', (1,)), ('%-', (1,)),
         ('%s %s', (1,)), ('%s', (1, 2)), ('hello', 5), ('hello', 'x'), ('%d', '1'), ('%x', 1.5), ('%f', 'x'), ('%c', 1.5), ('%c', 'ab'),
         ('%c', -1), ('%c', 0x110000), ('%y', 1), ('%\u1234', 1), ('%(a)s', 5), ('%*s', ('a', 'b')), ('%.*f', (1.5, 2)), ('%(a)s %s', {'a': 1}),
         ('%s %(a)s', {'a': 1}), ('%d', float('nan')), ('%d', float('inf')), ('%e', 10**400), ('%d %d', (1, 2, 3)), ('%s', ()), ('%d', Obj()),
         ('%x', Obj()), ('%f', Obj()), ('%c', Obj()), ('%s', {'a': 1}), ('%(a)s', {'b': 1}), ('%i', None), ('%o', 2.0)]
for fmt, args in tests:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
class Bad:
    def __str__(self): raise ValueError('no str')
try:
    print('%s' % Bad())
except ValueError as e:
    print('ValueError', e)
print('%s and %s' % ('a', 'b'), end=' ')
print('%d' % 'x')
