# functools: wraps/update_wrapper, total_ordering, cmp_to_key, cached_property
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, total_ordering, cmp_to_key, cached_property

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a: int, b: int = 2) -> int:
    "Add two numbers."
    return a + b

print(add(1), add(1, b=5))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__, add.__annotations__)
print(add.__wrapped__(3, 4), add.__wrapped__.__name__)

def plain():
    pass
plain.custom = 'attr'
plain.__doc__ = None
def w2():
    "doc of w2"
update_wrapper(w2, plain)
print(w2.__name__, w2.__doc__, w2.custom, w2.__wrapped__ is plain)
def w3():
    pass
update_wrapper(w3, plain, assigned=('__doc__',), updated=())
print(w3.__name__, getattr(w3, 'custom', 'no custom'), w3.__wrapped__ is plain)

class Callable:
    def __call__(self):
        return 'called'
c = Callable()
update_wrapper(c, add)
print(c.__name__, c.__doc__, c(), c.__wrapped__ is add)
class NoName:
    pass
nn = NoName()
def w4():
    pass
update_wrapper(w4, nn)
print(w4.__name__, w4.__wrapped__ is nn)

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return 'Version' + repr(self.parts)
a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, a <= Version(1, 2), a >= Version(1, 2))
print(Version.__gt__.__name__, Version.__le__.__name__)
try:
    a > 5
except TypeError as e:
    print('TypeError', e)

@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
print(Rev(1) < Rev(2), Rev(1) <= Rev(1), Rev(3) >= Rev(2), Rev(2) > Rev(2))

@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        return self.v >= other.v
print(Ge(1) < Ge(2), Ge(2) <= Ge(2), Ge(3) > Ge(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

def numeric_desc(x, y):
    return y - x
K = cmp_to_key(numeric_desc)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k1 >= k2, k1.obj)
try:
    hash(k1)
except TypeError:
    print('unhashable')
items = [3, 1, 2]
keys = [K(x) for x in items]
best = keys[0]
for k in keys:
    if k < best:
        best = k
print(best.obj)
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(by_len_then_alpha)))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        "The area."
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__)
del c.area
print(c.area, c.computed)
c.area = 100
print(c.area, c.computed)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(c, Circle)
except TypeError as e:
    print('TypeError', e)
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print('TypeError', e)
