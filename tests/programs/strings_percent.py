# str % args: conversions, flags, width, precision, *, mappings
print('%s %r %a' % ('é', 'é', 'é'), '%s' % None, '%s' % [1, 'a'], '%s' % ((1, 2),), '%r' % {'a': 1})
print('%d %i %u' % (42, -7, 3.9), '%d' % True, '%d' % 10**30, '%x %X %o' % (255, 255, 8), '%#x %#X %#o' % (255, 255, 8), '%x' % -255, '%#x' % -255)
print('%e %E %f %F %g %G' % (1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 0.00001234))
print('%.0e %.0f %#.0f %.3g %#.3g %.10g %g %g' % (5.5, 2.5, 3.0, 1.0, 1.0, 1 / 3, 1e16, 1e-5))
print('%f %e %g %F %G' % (float('inf'), float('-inf'), float('nan'), float('inf'), float('nan')), '%f' % 1, '%e' % 10**20)
print('%5s|%-5s|%.2s|%5.1s|%-7r|' % ('ab', 'ab', 'abc', 'xyz', 'q'))
print('%05d|%-05d|%+d|% d|%+05d|% 05d|%5d|%-5d|%.5d|%8.5d|' % (-42, 3, 5, 5, 3, 3, -3, -3, -42, 42))
print('%#08x|%#-8x|%08.3f|%-8.3f|%+.2e|%08.3e|%#5o|%#05o|' % (255, 255, -1.5, 1.5, 12345.678, 1234.5, 8, 8))
print('%c%c%c|%3c|%-3c|' % (65, 'é', 0x1F600, 'a', 98))
print('%(a)s %(b)r %%' % {'a': 1, 'b': 'x'}, '%(x)s %(x)r %(x)d' % {'x': 5}, '%(a)(b)s' % {'a)(b': 2}, '%(k)5.1f|' % {'k': 2.25})
print('%*d|%-*d|%.*f|%*.*f|' % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828), '%*d' % (-4, 7), '%.*s' % (-3, 'abc'), '%0*d' % (5, 3))
print('%ld %hi %Lf %%s %5%' % (1, 2, 3.0, ()) if False else '%ld %hi %Lf %%s' % (1, 2, 3.0))
print('%s' % 'only', '%s %s' % ('a', 'b'), 'no args' % (), 'hello' % [1], 'hello' % {}, '%s' % ((),), '%s' % b'x', '%r' % b'x')
print('%s|%d|%f' % (True, False, True), '%.3s' % 3.14159, '%10.4f|' % 3.14159, '%-10.2e|' % 314.159, '%+.1f' % -0.04)
print('%i%%' % 50, '%.2f%%' % 99.5, '100%%' % (), '%(n)d%%' % {'n': 3})
print('%s' % 1.0, '%s' % 1e16, '%r' % 0.1, '%s' % -0.0, '%d' % -0.0, '%.1f' % 0.05, '%.1f' % 0.25, '%.2f' % 2.675, '%.0f' % 0.5, '%.0f' % 1.5)
class P:
    def __str__(self): return 'P-str'
    def __repr__(self): return 'P-repr'
class N:
    def __int__(self): return 7
    def __index__(self): return 9
    def __float__(self): return 2.5
p = P()
print('%s %r %a' % (p, p, p), '%s' % p, '%(x)s %(x)r' % {'x': p}, '%5s|%-7r|' % (p, p), '%s' % [p], '%r' % ((p, 1),))
print('%d %i %x %o %e %f %c' % (N(), N(), N(), N(), N(), N(), N()))
class M:
    def __getitem__(self, key): return key.upper()
print('%(abc)s %(x)r' % M(), '%s' % M().__class__.__name__)
