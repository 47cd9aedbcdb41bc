# argument errors of str methods, worded as CPython's (clinic, legacy, METH_O, slot wrappers, descriptors)
tests = [
    lambda: 'abc'.upper(1), lambda: 'abc'.find(), lambda: 'abc'.find(1), lambda: 'abc'.find('a', 1, 2, 3), lambda: 'abc'.center(),
    lambda: 'abc'.center(1, 2, 3), lambda: 'abc'.center('a'), lambda: 'abc'.center(3, 'ab'), lambda: 'abc'.split(1), lambda: 'abc'.split(',', 'x'),
    lambda: 'abc'.split(foo=1), lambda: 'abc'.split(''), lambda: 'abc'.join(), lambda: 'abc'.join(1), lambda: 'abc'.join([1]), lambda: 'abc'.replace('a'),
    lambda: 'abc'.replace(1, 2), lambda: 'abc'.startswith(), lambda: 'abc'.startswith(1), lambda: 'abc'.startswith((1,)), lambda: 'abc'.strip(1),
    lambda: 'abc'.count(), lambda: 'abc'.zfill(), lambda: 'abc'.zfill('a'), lambda: 'abc'.expandtabs('a'), lambda: 'abc'.splitlines(keepends='x'),
    lambda: 'abc'.encode(1), lambda: 'abc'.encode('foo'), lambda: 'abc'.partition(''), lambda: 'abc'.partition(1), lambda: 'abc'.index('z'),
    lambda: 'abc'.rindex('z'), lambda: 'abc'.ljust(5, ''), lambda: 'abc'.translate(), lambda: 'abc'.removeprefix(1), lambda: 'abc'.isalpha(1),
    lambda: 'abc'.format_map(), lambda: 'abc'.split(maxsplit=1.5), lambda: 'abc'.find('a', 'b'), lambda: 'abc'.find('a', None, None),
    lambda: 'abc'.find('a', 1.5), lambda: 'abc'.splitlines(1, 2), lambda: 'abc'.expandtabs(tabsize=4, x=1),
    lambda: 'abc'.encode(errors='strict', encoding='ascii', x=1), lambda: 'abc'.split(None, 1, 2), lambda: 'abc'.center(2**100),
    lambda: 'abc'.rjust(-5), lambda: 'abc'.casefold(1), lambda: 'abc'.__getitem__(), lambda: 'abc'.swapcase(x=1), lambda: 'abc'.__add__(x=1),
    lambda: 'abc'.__len__(1), lambda: str.__add__(1, 'a'), lambda: str.upper(1), lambda: str.upper(), lambda: str.__len__(),
    lambda: 'a'.__format__(), lambda: 'a'.__format__(1), lambda: 'a'.__mod__(5), lambda: 'a'.__rmod__(5), lambda: 'a'.__eq__(1),
    lambda: '%s'.__mod__(5), lambda: str.__format__(1, ''), lambda: 'x'.__contains__(1), lambda: 'abc'.split(sep=',', sep2=1),
    lambda: 'abc'.split(',', sep=','), lambda: 'abc'.encode('utf-8', 'strict', 'x'), lambda: 'ab'.count('a', start=1),
]
for i, f in enumerate(tests):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
