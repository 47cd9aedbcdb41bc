# Unary and conversion dunders: __neg__ __pos__ __abs__ __invert__ __int__ __float__ __index__ __round__.
class N:
    def __init__(self, v): self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v + 1)
    def __abs__(self): return abs(self.v)
    def __invert__(self): return ~self.v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, nd=None): return ("round", nd)
    def __repr__(self): return f"N({self.v})"
n = N(5)
print(-n, +n, abs(N(-3)), ~n, int(n), float(n), round(n), round(n, 2))
print([10, 20, 30, 40, 50, 60][N(2)], "abcdef"[N(1):N(4)], list(range(N(3))), hex(N(255)), bin(N(5)), N(3) and 1)
print(operator_like := [1, 2, 3] * N(2))
try:
    [1][N(1.5)]
except Exception as e:
    print(type(e).__name__)
class NoIndex:
    pass
try:
    [1, 2][NoIndex()]
except TypeError as e:
    print("TypeError:", e)
try:
    range(NoIndex())
except TypeError as e:
    print("TypeError:", e)
