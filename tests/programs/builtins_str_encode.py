# str.encode/bytes.decode with utf-8, ascii, latin-1 and error handlers; the errors raised.
s = "héllo €𝄞"
b = s.encode()
print(b, len(s), len(b), b.decode(), s.encode("utf-8") == b, s.encode("latin-1", errors="replace"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff\xfeab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print("abc".encode("ascii"), bytes("ab", "utf-8"), str(b"ab", "ascii"), "Ω".encode("utf-16-le"), list("é".encode()))
print(str(b"xyz"), repr(b"xyz".decode()))
