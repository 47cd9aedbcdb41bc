# str.encode / bytes.decode: utf-8, ascii, latin-1, charmap, utf-16/32; error handlers; UnicodeError messages and attributes
tests = [
    lambda: 'é'.encode(), lambda: 'x'.encode('UTF8'), lambda: 'x'.encode('Latin_1'), lambda: 'é€'.encode('utf-8'), lambda: '€'.encode('cp1252'),
    lambda: 'é'.encode('cp1252'), lambda: 'ab'.encode('utf-16'), lambda: 'ab'.encode('utf-16-be'), lambda: '\U0001f600'.encode('utf-16-le'),
    lambda: 'a'.encode('utf-32'), lambda: 'x'.encode(encoding='ascii', errors='strict'), lambda: 'abc'.encode(errors='foo'),
    lambda: 'a\xe9\u20ac'.encode('latin-1', 'replace'), lambda: 'a\xe9\u20ac'.encode('ascii', 'xmlcharrefreplace'),
    lambda: 'a\xe9\u20ac\U0001f600'.encode('ascii', 'backslashreplace'), lambda: 'a\xe9b'.encode('ascii', 'ignore'), lambda: '\udcff'.encode('utf-8', 'surrogateescape'),
    lambda: '\ud800'.encode('utf-8', 'surrogatepass'), lambda: b'a\xe9'.decode('latin-1'), lambda: b'\xc3\xa9'.decode(), lambda: b'\xff\xfea\x00'.decode('utf-16'),
    lambda: b'\x00a'.decode('utf-16-be'), lambda: b'\xff\xfe'.decode('utf-8', 'replace'), lambda: b'a\xffb\xe2\x82'.decode('utf-8', 'ignore'),
    lambda: b'a\xffb'.decode('utf-8', 'backslashreplace'), lambda: b'a\xffb'.decode('utf-8', 'surrogateescape'), lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass'),
    lambda: b'\xe2\x82\xac\xf0\x9f\x98\x80'.decode(), lambda: b'\x80'.decode('cp1252'), lambda: b'a\xe9'.decode(encoding='latin1'),
    lambda: b'abc'.decode('foo'), lambda: b'\xff'.decode(), lambda: b'\xe2\x82'.decode(), lambda: b'\xe2\x28\xa1'.decode(), lambda: b'a\xe9b'.decode('ascii'),
    lambda: b'\xed\xa0\x80'.decode(), lambda: b'\xf0\x90\x80'.decode(), lambda: b'\xf4\x90\x80\x80'.decode(), lambda: b'\xc0\x80'.decode(),
    lambda: b'\xe0\x80\x80'.decode(), lambda: b'\xf0\x80'.decode(), lambda: b'ab\xc3'.decode(), lambda: b'a\xffb'.decode('utf-8', 'foo'),
    lambda: 'a\xe9\u20ac\U0001f600'.encode('ascii'), lambda: 'a\xe9\xe9b'.encode('ascii'), lambda: '\u20ac'.encode('latin-1'), lambda: '\ud800'.encode(),
    lambda: 'a\ud800\udc00b'.encode(), lambda: b'\x81'.decode('cp1252'), lambda: '\u0100'.encode('cp1252'), lambda: 'x'.encode(1), lambda: b'x'.decode(1),
    lambda: 'x'.encode('utf-8', 1), lambda: b'a\xffb'.decode('ascii', 'replace'), lambda: '\U0001f600'.encode('latin-1', 'namereplace' if False else 'replace'),
]
for i, f in enumerate(tests):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
for f in [lambda: b'x\xffy'.decode(), lambda: 'x\u20acy'.encode('ascii')]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason), e.args)
e = UnicodeDecodeError('utf-8', b'\x80\x81', 0, 2, 'bad')
print(str(e), e.start, e.end)
print(b'\xf0\x9f\x98'.decode())
