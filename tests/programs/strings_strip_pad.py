# strip/lstrip/rstrip, center/ljust/rjust/zfill, expandtabs, removeprefix/removesuffix
for s in ['  hi  ', '\t\n hi \x0b\x0c\r', '\u3000hi\u00a0', 'xxhixx', '', '   ', 'hi']:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip(' h')), repr(s.strip(None)), repr(s.strip('')))
print('abcba'.lstrip('ab'), 'abcba'.rstrip('ab'), 'abcba'.strip('abc'), 'ééaéé'.strip('é'))
for w in [-1, 0, 3, 4, 5, 6, 7, 10]:
    print(w, repr('abc'.center(w)), repr('abc'.center(w, '*')), repr('ab'.center(w, '-')), repr('abc'.ljust(w, '.')),
          repr('abc'.rjust(w)), repr('-42'.zfill(w)), repr('+a'.zfill(w)), repr('abc'.zfill(w)), repr(''.zfill(w)), repr('日'.center(w, '本')))
print(repr('a\tbc\tdef\n\tx\r\ty'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('a\tb'.expandtabs(0)), repr('a\tb'.expandtabs(-1)),
      repr('\t'.expandtabs(tabsize=3)), repr('12345\t1'.expandtabs(5)), repr('no tabs'.expandtabs()))
print('TestHook'.removeprefix('Test'), 'TestHook'.removesuffix('Hook'), 'abc'.removeprefix(''), 'abc'.removeprefix('abcd'), 'abc'.removesuffix('abc'))
for bad in [lambda: 'a'.center(), lambda: 'a'.center(5, 'ab'), lambda: 'a'.center(5, ''), lambda: 'a'.center('5'), lambda: 'a'.ljust(5, 1),
            lambda: 'a'.zfill(), lambda: 'a'.zfill(1.5), lambda: 'a'.strip(1), lambda: 'a'.removeprefix(1), lambda: 'a'.expandtabs('x'),
            lambda: 'a'.center(2**100), lambda: 'a'.rjust(3, fillchar='x')]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
