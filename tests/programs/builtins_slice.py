# slice objects: attributes, indices(), repr, equality, use with __getitem__ and built-in sequences.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), s == slice(1, 10, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100, 3).indices(7))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[slice(None, 3)], data[slice(-2, None)])
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
