# In-place dunders: __iadd__ mutating and returning self, fallback to __add__, list += aliasing.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("add")
        return Bag(self.items + list(other))
b = Bag([1])
alias = b
b += [2, 3]
print(b.items, alias is b)
c = b + [4]
print(c.items, c is b)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
o = OnlyAdd(1)
o2 = o
o += 5
print(o.v, o2.v, o is o2)
l = [1]
m = l
l += [2]
print(l, m, l is m)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
class IMul:
    def __init__(self): self.n = 1
    def __imul__(self, k):
        self.n *= k
        return self
x = IMul()
x *= 6
x *= 7
print(x.n)
class ReturnsNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
r = ReturnsNI()
r += 1
print(r)
