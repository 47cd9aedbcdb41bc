# bytes: construction, indexing, iteration, methods, comparisons, hex/fromhex, bytes % args, errors
tests = [
    lambda: b'abc'.find(97), lambda: b'abc'.find(b'c'), lambda: b'abc'.count(b''), lambda: b'abc'.rfind(b'c', 0, 2), lambda: 97 in b'abc',
    lambda: b'bc' in b'abc', lambda: b'abc'[1:], lambda: b'abc'[-1], lambda: b'abc'[::-1], lambda: list(b'ab'), lambda: [x for x in b'hi'],
    lambda: b'a' b'b', lambda: b'x'.join([b'a', b'b']), lambda: b''.join([]), lambda: b'abc' < b'abd', lambda: b'ab' < b'abc', lambda: b'abc' == 'abc',
    lambda: b'abc'.isascii(), lambda: b'abc'.endswith((b'c', b'x')), lambda: len(b'abc'), lambda: b'a' * 3, lambda: 3 * b'ab', lambda: bool(b''),
    lambda: b'A b'.upper(), lambda: b'A b'.lower(), lambda: b'hello world'.title(), lambda: b'hello'.capitalize(), lambda: b'AbC'.swapcase(),
    lambda: b'abc'.isalpha(), lambda: b'ab1'.isalnum(), lambda: b''.isspace(), lambda: b' \t'.isspace(), lambda: b'Ab'.istitle(), lambda: b'AB'.isupper(),
    lambda: b'12'.isdigit(), lambda: b'a,b'.partition(b','), lambda: b'a,b'.rpartition(b'x'), lambda: b'abc'.center(7, b'*'), lambda: b'abc'.ljust(5),
    lambda: b'-5'.zfill(4), lambda: b'a\tb'.expandtabs(), lambda: b'a\nb\r\nc\rd'.splitlines(), lambda: b'a\nb'.splitlines(True), lambda: b'a b  c'.split(),
    lambda: b'a b  c'.rsplit(None, 1), lambda: b'a,b,,c'.split(b','), lambda: b'abc'.removeprefix(b'a'), lambda: b'abc'.removesuffix(b'bc'),
    lambda: b'abc'.translate(None, b'b'), lambda: b'abc'.translate(bytes.maketrans(b'a', b'z')), lambda: b'  x  '.strip(), lambda: b'xxaxx'.strip(b'x'),
    lambda: b'abcabc'.replace(b'b', b'BB'), lambda: b'abcabc'.replace(b'b', b'', 1), lambda: b'abc'.startswith(b'ab', 0, 2), lambda: b'abc'.index(b'c'),
    lambda: bytes(3), lambda: bytes(range(65, 70)), lambda: bytes((1, 2)), lambda: bytes(bytes(2)), lambda: bytes('é', 'utf-8'), lambda: bytes(),
    lambda: bytes([]), lambda: bytes(x for x in [104, 105]), lambda: bytes.fromhex('de ad BE EF'), lambda: b'\xde\xad'.hex(), lambda: b'\xde\xad\xbe'.hex(':'),
    lambda: b'\xde\xad\xbe\xef'.hex('-', 2), lambda: b'abc'.hex(' ', -1), lambda: b'\x01\x02\x03\x04\x05'.hex(b'_', 2), lambda: str(b'abc'),
    lambda: repr(b'a"b'), lambda: repr(b"a'b"), lambda: repr(b'\x00\t\n\r\\\x7f\x80'), lambda: hash(b'abc') == hash(b'ab' + b'c'),
    lambda: b'%s %d %5.1f %r %a %x %c %c' % (b'x', 3, 2.5, b'y', 'é', 255, 65, b'z'), lambda: b'%(a)s' % {b'a': b'x'}, lambda: b'%5s|%-5s|' % (b'a', b'b'),
    lambda: b'%i%%' % 50, lambda: b'%c' % 300, lambda: b'%c' % 'a', lambda: b'%b' % 5, lambda: b'%s' % 'x', lambda: b'%d' % b'1', lambda: b'%(a)s' % {'a': 1},
    lambda: b'abc'.find('a'), lambda: b'abc'.find(300), lambda: b'a'.split('a'), lambda: b'a' + 'a', lambda: b'abc'.startswith('a'), lambda: b'a'.join(['a']),
    lambda: b'a'.replace('a', 'b'), lambda: b'abc'.strip('a'), lambda: 'a' in b'abc', lambda: 300 in b'abc', lambda: b'abc'.index(b'z'), lambda: b'abc'[5],
    lambda: b'abc' * 'x', lambda: b'abc' < 'abc', lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes([1.5]), lambda: bytes([300]),
    lambda: bytes('a'), lambda: bytes(b'a', 'utf-8'), lambda: bytes.fromhex('abc'), lambda: bytes.fromhex('zz'), lambda: b'a'.center(3, 'x'),
    lambda: b'a'.hex('xx'), lambda: bytes(5, 'ascii'),
]
for i, f in enumerate(tests):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
class WithBytes:
    def __bytes__(self):
        return b'custom'
class Idx:
    def __index__(self):
        return 2
print(bytes(WithBytes()), bytes(Idx()), bytes([Idx(), 65]))
