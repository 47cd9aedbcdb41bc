# Classes: __init__, instance and class attributes, shadowing, methods, vars() and __dict__.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
q = p.moved(1, -1)
print(p.x, p.y, p.norm2(), q.x, q.y, q.norm2(), p.dims, Point.dims)
p.dims = 3
print(p.dims, q.dims, Point.dims, vars(p), q.__dict__)
Point.dims = 5
print(p.dims, q.dims)
del p.dims
print(p.dims)
print(type(p).__name__, type(p) is Point, Point.__name__, Point.__qualname__, Point.__module__)
print(Point.norm2(q), hasattr(p, "x"), hasattr(p, "z"), getattr(p, "z", "default"))
setattr(p, "z", 9)
print(p.z, sorted(vars(p)))
delattr(p, "z")
print(hasattr(p, "z"))
