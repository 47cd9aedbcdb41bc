# None, True and False: repr, identity, truthiness of every kind of value, and/or/not.
print(None, True, False, repr(None), str(True), type(None).__name__, type(True).__name__)
for v in [None, True, False, 0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), range(0), range(1), b"", b"\x00"]:
    print(repr(v), bool(v), not v)
print(None is None, None == None, None != 0, True is not False)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y", not None, [] or {} or 0)
x = None
print(x is None, (x or 5), (x and 5))
print(bool(), int(), float(), str(), repr(bool(None)))
