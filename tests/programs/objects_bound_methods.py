# Bound methods: __self__, __func__, storing and calling later, equality, methods via the class.
class Acc:
    def __init__(self, name):
        self.name = name
        self.total = 0
    def add(self, n):
        self.total += n
        return self
a = Acc("a")
m = a.add
m(5)
m(6)
print(a.total, m.__self__ is a, m.__func__ is Acc.add, m.__func__.__name__, m.__name__)
print(a.add == a.add, a.add is a.add, a.add == Acc("b").add)
Acc.add(a, 100)
print(a.total)
ops = [Acc("x").add, Acc("y").add]
for op in ops:
    print(op(1).name, op.__self__.total)
f = a.add
del a
print(f(1).total)
print(type(f).__name__, type(Acc.add).__name__)
