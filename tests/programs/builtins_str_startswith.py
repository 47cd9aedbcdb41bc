# startswith/endswith with single strings, tuples and start/end positions.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith("lo", 3, 5), s.startswith(""))
print(s.endswith("world"), s.endswith("hello"), s.endswith("hello", 0, 5), s.endswith(("x", "ld")), s.startswith(("a", "b")))
print(s.startswith("hello", -100), s.endswith("d", -1), s.startswith("o", -7), s.endswith("", 20), "".startswith(""))
try:
    s.startswith(["hello"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith(5)
except TypeError as e:
    print("TypeError:", e)
