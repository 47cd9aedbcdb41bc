# str.split/rsplit (whitespace rules, sep, maxsplit), splitlines, partition, join
samples = ['', ' ', 'a', '  a  b   c ', 'a,b,,c,', ',a,', 'one two\tthree\nfour\x0bfive\x0csix\x1cseven\x85eight\u2003nine',
           'x\r\ny\rz\n\nw', 'a\u2028b\u2029c\x1dd\x1ee\x85f']
for s in samples:
    print(repr(s))
    print('  split()        ', s.split())
    print('  split(None, 1) ', s.split(None, 1), s.rsplit(None, 1))
    print('  split(None, 0) ', s.split(None, 0), s.rsplit(None, 0))
    print('  split(",")     ', s.split(','), s.rsplit(','))
    print('  split(",", 1)  ', s.split(',', 1), s.rsplit(',', 1), s.split(',', -1))
    print('  splitlines     ', s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
    print('  partition      ', s.partition(','), s.rpartition(','), s.partition('a'), s.rpartition('a'))
for s, sep in [('aaaa', 'aa'), ('abcabcab', 'ab'), ('xyz', 'xyz'), ('ab', 'abc'), ('héé', 'é'), ('日本語日本', '本')]:
    print(repr(s), repr(sep), s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1), s.partition(sep), s.rpartition(sep))
print('a b c'.split(maxsplit=1), 'a b c'.rsplit(sep=' ', maxsplit=1), 'a b c'.split(' ', maxsplit=-5))
print('-'.join(['a', 'b', 'c']), repr(''.join([])), ', '.join('abc'), '-'.join(x * 2 for x in 'xyz'), 'é'.join(['a', 'b']))
print('-'.join(('only',)), '.'.join({'k1': 1, 'k2': 2}), '+'.join(['日', '本']), repr(''.join(['', '', ''])))
print(' '.join(map(str, range(5))), ''.join(reversed('abc')), '/'.join(str(i) for i in [1, 2.5, None]))
for bad in [lambda: ''.join([1]), lambda: ''.join(['a', 2]), lambda: ','.join(5), lambda: 'x'.split(''), lambda: 'x'.partition(''),
            lambda: 'x'.split(1), lambda: 'x'.split(',', 'x'), lambda: 'x'.split(foo=1), lambda: 'x'.split(None, 1, 2), lambda: 'x'.partition(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
