# A small program: a Rational number class with operator overloading, normalization, hashing and sorting.
from math import gcd
class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x)
    def __add__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Q.of(o) - self
    def __mul__(self, o):
        o = Q.of(o)
        return Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Q(-self.n, self.d)
    def __eq__(self, o):
        o = Q.of(o)
        return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Q.of(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
h = sum(Q(1, k) for k in range(1, 21))
print(h, round(h.n / h.d, 10))
print(Q(1, 2) + Q(1, 3), Q(3, 4) - 1, 2 - Q(1, 3), Q(2, 3) * 3, Q(1, 2) / Q(1, 4), -Q(5, -10))
print(sorted([Q(1, 2), Q(1, 3), Q(2, 3), Q(-1, 5)]), Q(2, 4) == Q(1, 2), len({Q(1, 2), Q(2, 4), Q(3, 6)}), Q(4, 2) == 2)
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
