# staticmethod and classmethod: calls through class and instance, inheritance, alternative constructors.
class Shape:
    count = 0
    def __init__(self, w, h):
        self.w, self.h = w, h
        type(self).count += 1
    @classmethod
    def square(cls, side):
        return cls(side, side)
    @staticmethod
    def area_of(w, h):
        return w * h
    def area(self):
        return self.area_of(self.w, self.h)
class Tile(Shape):
    count = 0
sq = Shape.square(3)
t = Tile.square(2)
print(type(sq).__name__, sq.area(), type(t).__name__, t.area(), Shape.area_of(4, 5), t.area_of(1, 2))
print(Shape.count, Tile.count)
print(sq.square(1).w, Tile.square.__self__ is Tile, type(Shape.__dict__["area_of"]).__name__, type(Shape.__dict__["square"]).__name__)
def free(x):
    return x * 2
class Holder:
    f = staticmethod(free)
    g = classmethod(lambda cls, y: (cls.__name__, y))
print(Holder.f(21), Holder().f(4), Holder.g(1), Holder().g(2))
