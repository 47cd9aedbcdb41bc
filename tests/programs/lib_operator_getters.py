# operator: itemgetter, attrgetter (dotted names), methodcaller — results, reprs, errors
from operator import itemgetter, attrgetter, methodcaller

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

g = itemgetter(1)
print(g([10, 20, 30]), g('abc'), g({1: 'one'}), repr(g))
g = itemgetter(0, -1, 2)
print(g('abcdef'), g([1, 2, 3]), repr(g))
print(repr(itemgetter('key')), repr(itemgetter(slice(1, 3))), itemgetter(slice(1, 3))('hello'))
print(repr(itemgetter((1, 2))), itemgetter((1, 2))({(1, 2): 'tuple key'}))
print(list(map(itemgetter(0), [(1, 'a'), (2, 'b')])))
rows = [('b', 2), ('a', 3), ('c', 1)]
best = rows[0]
for r in rows:
    if itemgetter(1)(r) > itemgetter(1)(best):
        best = r
print(best)
show('itemgetter()', lambda: itemgetter())
show('itemgetter out of range', lambda: itemgetter(5)([1]))
show('itemgetter missing key', lambda: itemgetter('x')({}))
show('itemgetter multi missing', lambda: itemgetter(0, 9)([1]))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Box:
    def __init__(self, name, corner):
        self.name = name
        self.corner = corner
b = Box('box', Point(1, 2))
f = attrgetter('name')
print(f(b), repr(f))
f = attrgetter('corner.x')
print(f(b), repr(f))
f = attrgetter('name', 'corner.y', 'corner.x')
print(f(b), repr(f))
print(attrgetter('real', 'imag')(3), attrgetter('__class__.__name__')(b))
show('attrgetter()', lambda: attrgetter())
show('attrgetter int', lambda: attrgetter(1))
show('attrgetter mixed', lambda: attrgetter('a', 2))
show('attrgetter missing', lambda: attrgetter('nope')(b))
show('attrgetter missing dotted', lambda: attrgetter('corner.z')(b))
print(list(map(attrgetter('x'), [Point(5, 0), Point(6, 0)])))

m = methodcaller('upper')
print(m('abc'), repr(m))
m = methodcaller('split', ',')
print(m('a,b,c'), repr(m))
m = methodcaller('split', sep='-', maxsplit=1)
print(m('a-b-c'), repr(m))
m = methodcaller('get', 'k', 'default')
print(m({}), m({'k': 1}), repr(m))
print(repr(methodcaller('f', [1, 2], x={'a': None})))
show('methodcaller()', lambda: methodcaller())
show('methodcaller int', lambda: methodcaller(5))
show('methodcaller missing', lambda: methodcaller('nope')(1))
class Greeter:
    def greet(self, name, punct='!'):
        return 'hi ' + name + punct
print(methodcaller('greet', 'bob')(Greeter()), methodcaller('greet', 'al', punct='?')(Greeter()))
print([methodcaller('count', 'a')(s) for s in ['banana', 'apple']])
