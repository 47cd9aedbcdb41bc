# Binary operator dunders, reflected operands, NotImplemented fallback and the TypeError message.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return V(o + self.x)
    def __sub__(self, o):
        return V(self.x - (o.x if isinstance(o, V) else o))
    def __rsub__(self, o):
        return V(o - self.x)
    def __mul__(self, k):
        return V(self.x * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return V(self.x / k)
    def __floordiv__(self, k): return V(self.x // k)
    def __mod__(self, k): return V(self.x % k)
    def __pow__(self, k): return V(self.x ** k)
    def __rpow__(self, b): return V(b ** self.x)
    def __lshift__(self, k): return V(self.x << k)
    def __rshift__(self, k): return V(self.x >> k)
    def __and__(self, k): return V(self.x & k)
    def __or__(self, k): return V(self.x | k)
    def __xor__(self, k): return V(self.x ^ k)
    def __matmul__(self, o): return self.x * o.x
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(5) - 2, 10 - V(3), V(3) * 4, 4 * V(3))
print(V(7) / 2, V(7) // 2, V(7) % 4, V(2) ** 5, 2 ** V(5), V(1) << 4, V(256) >> 4)
print(V(12) & 10, V(12) | 3, V(12) ^ 5, V(3) @ V(4), sum([V(1), V(2)], V(0)))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + V(1)
except TypeError as e:
    print("TypeError:", e)
class W:
    pass
try:
    W() * W()
except TypeError as e:
    print("TypeError:", e)
try:
    W() < W()
except TypeError as e:
    print("TypeError:", e)
try:
    -W()
except TypeError as e:
    print("TypeError:", e)
