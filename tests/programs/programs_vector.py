# A small program: a 3-D vector class with dunder arithmetic, equality, iteration, abs and formatting.
import math
class Vec:
    __slots__ = ("x", "y", "z")
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z
    def __iter__(self):
        return iter((self.x, self.y, self.z))
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o): return Vec(*(a - b for a, b in zip(self, o)))
    def __mul__(self, k): return Vec(*(a * k for a in self))
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self, o))
    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def __abs__(self): return math.sqrt(self @ self)
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r}, {self.z!r})"
    def __format__(self, spec): return "(" + ", ".join(format(c, spec) for c in self) + ")"
a, b = Vec(1, 2, 3), Vec(4, 5, 6)
print(a + b, a - b, 2 * a, a * 0.5, a @ b, a.cross(b), abs(Vec(3, 4, 12)), a == Vec(1, 2, 3))
print(f"{a.cross(b) * (1 / 3):.3f}", list(a), max(b), Vec() == Vec(0, 0, 0))
