# the number slots as methods (NotImplemented for other types) and the protocols through them: __radd__, __index__, __float__, __int__
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(' + repr(self.v) + ')'
    def __add__(self, o):
        return V(('add', self.v, o))
    def __radd__(self, o):
        return V(('radd', o, self.v))
    def __rsub__(self, o):
        return V(('rsub', o, self.v))
    def __rpow__(self, o, mod=None):
        return V(('rpow', o, self.v))
    def __rtruediv__(self, o):
        return V(('rtruediv', o, self.v))
    def __eq__(self, o):
        return 'eq-called'
    def __lt__(self, o):
        return 'lt-called'
    def __gt__(self, o):
        return 'gt-called'
    def __rdivmod__(self, o):
        return ('rdivmod', o)
v = V(1)
print(1 + v, 1.5 + v, 2j + v, True + v, 5 - v, 2 ** v, 2.0 / v, v + 3, 1 == v, 1.5 < v, 2 > v, divmod(7, v))
print((1).__add__(2), (1).__add__(2.0), (1).__radd__(True), (1.0).__add__(1), (1.0).__radd__(2**100), (1j).__add__(1.0), (1j).__rsub__(2))
print((3).__sub__('a'), (3).__mul__([1]), (3.0).__mod__(2), (3).__mod__(2.0), (1j).__truediv__(2), (5).__lshift__(2), (5).__rlshift__(2))
print(int.__add__(3, 4), float.__mul__(2.0, 3), complex.__pow__(2j, 2), int.__neg__(5), float.__abs__(-2.5), bool.__and__(True, True))
for expr in [lambda: int.__add__('a', 1), lambda: (5).__add__(), lambda: (5).__add__(1, 2), lambda: int.bit_length(),
             lambda: 1 + 'a', lambda: 2.5 - 'a', lambda: 1.5 % 'x', lambda: divmod('a', 1), lambda: pow('a', 2, 3), lambda: -'x',
             lambda: ~1.5, lambda: abs('x')]:
    try:
        print(expr())
    except TypeError as e:
        print('TypeError:', e)
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
class Fl:
    def __float__(self):
        return 2.5
class In:
    def __int__(self):
        return 7
class Tr:
    def __trunc__(self):
        return 9
class BadIdx:
    def __index__(self):
        return 'no'
class BadFl:
    def __float__(self):
        return 1
print(hex(Idx(255)), bin(Idx(-3)), int(Idx(4)), float(Fl()), int(In()), complex(Fl()), complex(Fl(), Fl()))
print(round(2.567, Idx(2)), (5).to_bytes(Idx(2), 'big'), int('11', Idx(2)), pow(Idx(3), Idx(2)) if False else 9)
for expr in [lambda: hex(BadIdx()), lambda: float(BadFl()), lambda: int(Fl()), lambda: float(Idx(2**2000)), lambda: int([1]), lambda: float([1])]:
    try:
        print(expr())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
