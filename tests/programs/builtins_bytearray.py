# bytearray: mutation (item, slice, append, extend, pop, insert, remove), repr and conversions.
a = bytearray(b"hello")
a[0] = 72
a.append(33)
a.extend(b"??")
print(a, len(a), a[0], bytes(a), a.pop(), a)
a[1:3] = b"EE"
print(a)
a[1:3] = b""
print(a)
a.insert(0, 62)
a.remove(ord("!"))
print(a, a.decode(), a.upper(), a.find(b"l"), a.count(b"l"), a == b">Hlo?", bytearray(3), bytearray([1, 2]))
del a[0]
a.reverse()
print(a, a * 2, a + b"x", type(a + b"x").__name__, bytearray("é", "utf-8"))
try:
    a[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    a.remove(0)
except ValueError as e:
    print("ValueError:", e)
try:
    {a: 1}
except TypeError as e:
    print("TypeError:", e)
