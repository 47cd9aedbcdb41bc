# functools: partial (call merging, attributes, repr, flattening), reduce
from functools import partial, reduce

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

def f(*args, **kwargs):
    return args, kwargs

class Named:
    def __init__(self, name):
        self.name = name
    def __call__(self, *args, **kwargs):
        return self.name, args, kwargs
    def __repr__(self):
        return 'Named(' + repr(self.name) + ')'

p = partial(f, 1, 2, a=3)
print(p(), p(4), p(5, a=6, b=7))
print(p.args, p.keywords, p.func is f)
print(p(a=10), p.keywords)
n = Named('n')
print(repr(partial(n)), repr(partial(n, 1)), repr(partial(n, 'x', k=[1, 2])))
print(repr(partial(len)), repr(partial(int, '101', base=2)), partial(int, '101', base=2)())
print(repr(partial(n, 1, 2, x=1, y='z')))
q = partial(p, 4, b=8)
print(q.func is f, q.args, q.keywords, q())
q2 = partial(partial(n, 1), 2)
print(repr(q2))
class P(partial):
    pass
r = P(n, 1, a=2)
print(repr(r), r(3), type(r).__name__, isinstance(r, partial))
print(repr(partial(r, 0)), repr(P(partial(n, 'a'), 'b')))
marked = partial(n, 1)
marked.note = 'hi'
m2 = partial(marked, 2)
print(m2.func is marked, m2.args, marked.note)
show('partial()', lambda: partial())
show('partial(1)', lambda: partial(1))
show('partial(None)', lambda: partial(None, 1))
rec = partial(n)
print(repr(partial(rec, rec)))
add = partial(lambda a, b: a + b, 10)
print(list(map(add, [1, 2, 3])))
print(partial(sorted if False else (lambda *a, **k: (a, k)), key=len)([3]))
show('p missing arg', lambda: partial(lambda a, b: a + b)(1))
class C:
    m = partial(f, 'unbound')
print(C().m(1), C.m(2))

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, [7]))
print(reduce(lambda a, b: a + [b], 'abc', []))
print(reduce(lambda a, b: b, [1, 2], None), reduce(lambda a, b: a, [], None))
show('reduce empty', lambda: reduce(lambda a, b: a, []))
show('reduce int', lambda: reduce(lambda a, b: a, 5))
show('reduce int init', lambda: reduce(lambda a, b: a, 5, 0))
show('reduce raises', lambda: reduce(lambda a, b: a / b, [1, 0]))

from functools import partialmethod
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, reason='none'):
        self.alive = bool(state)
        return reason
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, reason='killed')
    @classmethod
    def make(cls, n, tag):
        return cls.__name__ + ' ' + str(n) + ' ' + tag
    make_one = partialmethod(make, 1)
c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(reason='why'))
print(Cell.set_alive(c), c.alive, Cell.make_one('t'), c.make_one(tag='u'))
print(type(Cell.__dict__['set_alive']).__name__, Cell.__dict__['set_dead'].args, Cell.__dict__['set_dead'].keywords)
show('partialmethod int', lambda: partialmethod(1))
