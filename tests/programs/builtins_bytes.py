# bytes: literals, repr, indexing gives ints, slicing, methods, construction and errors.
b = b"hello\x00\xff\n'\""
print(b, len(b), b[0], b[-1], b[1:4], list(b[:3]), b"a" + b"b", b"ab" * 2, b"ell" in b, 104 in b)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes())
print(b"a,b,c".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]), b"abc".upper(), b"hello".replace(b"l", b"L"))
print(b"abc".hex(), bytes.fromhex("de ad be ef"), b"\x01\x02".hex(":"), b"abc".find(b"c"), b"abcabc".count(b"bc"))
print(b"abc".startswith(b"ab"), b"abc".decode(), b"abc" == b"abc", b"abc" < b"abd", hash(b"") == hash(b""))
print(repr(b"\t\r\\"), b"\x80".isascii(), b"123".isdigit(), b"Ab".isalpha(), b"hi there".title())
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
