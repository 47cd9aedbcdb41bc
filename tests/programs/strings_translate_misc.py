# maketrans/translate, indexing, slicing, iteration, comparison, *, hash, len of non-ASCII, int()/float() of Unicode digits
t = str.maketrans('abc', 'xyz', 'd')
print(list(t.items()), 'abcd-abcd'.translate(t), 'hello'.translate({ord('l'): None, ord('h'): 'JJ'}), 'abc'.translate({97: 120, 98: '日本'}))
print(list(str.maketrans({'a': 'b', 98: None, 'é': 'e'}).items()), list(''.maketrans('ab', 'cd').items()))
class Table:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError(k)
        return k + 1
print('abcx'.translate(Table()), 'a-b'.translate([ord('z')] * 100))
for bad in [lambda: str.maketrans(), lambda: str.maketrans(1), lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({1.5: 2}),
            lambda: str.maketrans({'ab': 2}), lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: -1}), lambda: 'a'.translate()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = 'héllo wörld 日本語 🎉!'
print(len(s), s[0], s[1], s[-1], s[-2], s[3:8], s[::-1], s[::3], s[-4:], s[100:], s[2:2], s[-100:3], len(s[12:]))
print([c for c in s[:6]], list('日本'), ''.join(reversed(s)), s.index('日'), s.find('🎉'))
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', 'é' > 'z', 'Z' < 'a', '' < 'a', 'a' == 'a', 'a' != 'b', 'abc' >= 'abc', '日' > 'é', '🎉' > '日')
words = ['b', 'A', 'é', 'a', 'É', '日', '', 'ab']
print([(x, y, x < y, x <= y, x > y, x >= y) for x in words[:4] for y in words[4:]])
print('ab' * 3, 3 * 'é', 'x' * 0, 'x' * -1, '日本' * 2, 'ab' + 'cd', 'a' + 'é' + '日' + '🎉', hash('abc') == hash('ab' + 'c'), {'é': 1}['é'])
print(str(), str('x'), str(5), str(b'ab'), str(b'h\xc3\xa9', 'utf-8'), str(b'h\xe9', encoding='latin-1'), str(b'\xff', 'utf-8', 'replace'), str(object='o'))
for s in ['١٢٣', ' ١٢ ', '\u00a012\u2003', '１２３', '²', '1_000', '١.٥', '٣e٢', '\u0e51\u0e52']:
    for f in (int, float):
        try:
            print(repr(s), f.__name__, repr(f(s)))
        except ValueError as e:
            print(repr(s), f.__name__, 'ValueError', e)
F, S = 1.5, 'x'
for bad in [lambda: 'abc'[3], lambda: 'abc'[F], lambda: 'abc'[S], lambda: 'a' * 'b', lambda: 'a' + 1, lambda: 1 + 'a', lambda: 'a' < 1,
            lambda: str(1, 'utf-8'), lambda: str('a', 'utf-8'), lambda: 'abc'[::0]]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
