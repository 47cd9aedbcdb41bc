# Container dunders: __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, key):
        return key in self.cells
g = Grid()
g[1, 2] = "x"
g[0, 0] = "o"
print(g[1, 2], g[5, 5], len(g), (0, 0) in g, (9, 9) in g, (0, 0) not in g)
del g[0, 0]
print(len(g), g[0, 0], bool(g))
print(g[1:5], g[::2], g[:-1:3], g["k"])
try:
    del g[7, 7]
except KeyError as e:
    print("KeyError:", e)
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five[0]
except TypeError as e:
    print("TypeError:", e)
