# find/rfind/index/rindex/count/startswith/endswith/in/replace with start and end
s = 'hello world, hello python'
for sub in ['o', 'hello', 'xyz', '', 'on', 'hello python']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s, s.startswith(sub), s.endswith(sub))
for a in [None, 0, 1, 5, -5, -100, 100, 25, 26]:
    for b in [None, 0, 7, -1, -100, 100]:
        print(a, b, s.find('o', a, b), s.rfind('o', a, b), s.count('o', a, b), s.count('', a, b), s.find('', a, b),
              s.rfind('', a, b), s.startswith('hello', a, b), s.endswith('on', a, b), s.startswith(('x', 'world'), a, b))
print(s.index('world'), s.rindex('hello'), s.startswith(('a', 'he')), s.endswith(('on', 'x')), s.startswith(()), s.find('o', 2**100), s.count('l', -2**100))
for bad in [lambda: s.index('zzz'), lambda: s.rindex('zzz'), lambda: s.find(1), lambda: s.find(), lambda: s.count('a', 'b'),
            lambda: s.startswith(1), lambda: s.startswith(('a', 1)), lambda: 1 in s, lambda: s.find('a', 1, 2, 3), lambda: s.find(sub='a')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'abc'.replace('b', 'BB', 0), 'aaaa'.replace('a', 'b', -1), 'aaaa'.replace('aa', 'x'))
print('aaa'.replace('a', 'aa'), 'héllo'.replace('l', 'L', 1), '日本日本'.replace('日', 'ひ'), 'abc'.replace('abc', ''), 'x'.replace('y', 'z'))
print('ell' in 'hello', '' in '', 'é' in 'café', '日' in '日本', 'abc' in 'ab', 'abc'.__contains__('b'))
for bad in [lambda: 'a'.replace(1, 'b'), lambda: 'a'.replace('a', 2), lambda: 'a'.replace('a'), lambda: 'a'.replace('a', 'b', 'c')]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
