# repr of nested containers: strings with quotes inside, floats, empty containers, recursion markers.
data = {"name": "O'Brien", "tags": ["a", 'b"c'], "nums": (1, 2.5, -0.0), "empty": [[], {}, (), set()], "nested": {"k": [{"z": None}]}}
print(data)
print(repr(data["tags"]), str(data["nums"]), [True, None, 1e20, 1e-20], [b"x", bytearray(b"y")], (1,), ((),))
a = [1]
a.append(a)
b = {"self": None}
b["self"] = b
c = [a, b]
print(a, b, c)
t = ([],)
t[0].append(t)
print(t)
print([range(3), slice(1, 2), type, len, ..., NotImplemented])
