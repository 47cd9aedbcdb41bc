# operator: the functions, their dunder aliases and in-place forms, with CPython's errors
import operator
from operator import *

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

print(add(2, 3), sub(2, 3), mul(4, 5), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10))
print(neg(5), pos(-5), abs(-3), inv(5), invert(0), lshift(1, 4), rshift(256, 3))
print(and_(12, 10), or_(12, 10), xor(12, 10), not_(0), not_([1]), truth([]), truth('x'))
print(eq(1, 1.0), ne(1, 2), lt(1, 2), le(2, 2), gt(1, 2), ge(3, 2))
print(is_(None, None), is_not(None, 0), is_(1, True))
print(add('a', 'b'), mul('ab', 3), add([1], [2]), mul(3, (0,)))
print(contains([1, 2, 3], 2), contains('abc', 'd'), countOf([1, 2, 1, 1.0, True], 1), countOf('banana', 'a'))
print(indexOf([5, 6, 7], 7), indexOf('xyz', 'y'))
show('indexOf missing', lambda: indexOf([1, 2], 3))
print(getitem([1, 2, 3], 1), getitem({'k': 'v'}, 'k'), getitem('abcdef', slice(1, 4)))
l = [1, 2, 3]
setitem(l, 0, 'x')
delitem(l, 1)
print(l)
d = {}
setitem(d, 'a', 1)
print(d, delitem(d, 'a'), d)
print(concat([1], [2]), concat('ab', 'cd'), concat((1,), (2,)))
show('concat int', lambda: concat(1, 2))
show('concat dict', lambda: concat({}, {}))
print(index(5), index(True), type(index(True)).__name__)
show('index str', lambda: index('5'))
show('index float', lambda: index(1.5))
class Idx:
    def __index__(self):
        return 7
print(index(Idx()))
print(length_hint([1, 2, 3]), length_hint((), 5), length_hint(5, 9), length_hint('abcd'))
class Hint:
    def __init__(self, h):
        self.h = h
    def __length_hint__(self):
        return self.h
print(length_hint(Hint(4)), length_hint(Hint(NotImplemented), 2))
show('hint negative', lambda: length_hint(Hint(-1)))
show('hint str', lambda: length_hint(Hint('x')))
show('hint default str', lambda: length_hint([], 'a'))
print(call(max if False else (lambda *a, **k: (a, k)), 1, 2, z=3))

show('add mismatch', lambda: add(1, 'a'))
show('truediv zero', lambda: truediv(1, 0))
show('neg str', lambda: neg('a'))
show('lt mismatch', lambda: lt(1, 'a'))
show('getitem index', lambda: getitem([], 0))
show('getitem key', lambda: getitem({}, 'nope'))

x = [1]
y = iadd(x, [2])
print(x, y is x)
t = (1,)
u = iadd(t, (2,))
print(t, u)
print(isub(5, 3), imul(2, 4), itruediv(1, 4), ifloordiv(9, 2), imod(9, 4), ipow(3, 3))
print(ilshift(1, 2), irshift(8, 1), iand(6, 3), ior(6, 3), ixor(6, 3), iconcat([1], (2,)))
show('iconcat int', lambda: iconcat(1, [2]))
s = {1}
ior(s, {2})
print(s)

print(operator.__add__ is operator.add, operator.__getitem__(['a'], 0), operator.__not__(1), operator.__inv__(1))
print(operator.__iadd__ is iadd, operator.__concat__('a', 'b'), operator.__contains__('abc', 'b'))
print(sorted(n for n in operator.__all__)[:10])

class Vec:
    def __init__(self, *v):
        self.v = v
    def __matmul__(self, other):
        total = 0
        for a, b in zip(self.v, other.v):
            total += a * b
        return total
    def __imatmul__(self, other):
        return 'imatmul'
print(matmul(Vec(1, 2), Vec(3, 4)), imatmul(Vec(1), Vec(2)))
print(list(map(add, [1, 2], [10, 20])), list(map(neg, range(3))))
