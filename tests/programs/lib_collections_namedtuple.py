# collections.namedtuple: construction, fields, defaults, rename, _make/_asdict/_replace, errors
from collections import namedtuple

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)), isinstance(p, tuple))
x, y = p
print(x + y, p._fields, Point._fields, Point._field_defaults, Point.__name__, Point.__doc__)
print(p._asdict(), p._replace(x=100), p, Point._make([5, 6]), Point._make(range(2)))
print(Point.__match_args__, Point.__qualname__, type(p).__name__, Point.__mro__[1].__name__)
print(repr(Point.x), Point.x.__doc__, Point.__new__.__doc__)
print(p + (33,), p * 2, p[:1], sorted([Point(2, 1), Point(1, 2)]))
print(Point(1, 2) < Point(1, 3), max(Point(1, 2), Point(0, 9)))

P3 = namedtuple('P3', 'a b c')
print(P3(1, 2, 3), namedtuple('Comma', 'a, b')(1, 2), namedtuple('Single', 'only')(7))
D = namedtuple('D', 'a b c', defaults=[10, 20])
print(D(1), D(1, 2), D(1, 2, 3), D(1, c=5), D._field_defaults)
print(namedtuple('E', '')(), namedtuple('E', [])._fields)
R = namedtuple('R', ['abc', 'def', '_x', 'abc', '1y', 'ok'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))
M = namedtuple('M', 'a', module='mymod')
print(M.__module__)

show('missing one', lambda: Point(1))
show('missing two', lambda: Point())
show('missing three', lambda: P3())
show('too many', lambda: Point(1, 2, 3))
show('too many defaults', lambda: D(1, 2, 3, 4))
show('unexpected kw', lambda: Point(1, z=2))
show('multiple', lambda: Point(1, x=2))
show('missing with defaults', lambda: D())
show('_make short', lambda: Point._make([1]))
show('_make long', lambda: Point._make([1, 2, 3]))
show('_replace bad', lambda: p._replace(z=1))
show('set attr', lambda: setattr(p, 'x', 3))
show('new attr', lambda: setattr(p, 'z', 3))
show('no dict', lambda: p.__dict__)
show('underscore', lambda: namedtuple('A', 'a _b'))
show('duplicate', lambda: namedtuple('A', 'a a'))
show('keyword', lambda: namedtuple('A', 'a def'))
show('bad type name', lambda: namedtuple('1A', 'a'))
show('bad field', lambda: namedtuple('A', ['a', 1]))
show('too many defaults', lambda: namedtuple('A', 'a', defaults=(1, 2)))

class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return 'P(' + str(self.x) + ',' + str(self.y) + ',' + str(self.z) + ')'
q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0), type(q._replace(z=0)).__name__)
d = {Point(1, 2): 'a', Point(1, 2): 'b'}
print(d, {(1, 2): 0}[Point(1, 2)])
match Point(3, 4):
    case Point(x, y):
        print('matched', x, y)
