# type(name, bases, dict) creates classes; type(x) returns the class; classes are objects too.
def init(self, v):
    self.v = v
Dyn = type("Dyn", (), {"__init__": init, "double": lambda self: self.v * 2, "tag": "dyn"})
d = Dyn(21)
print(d.double(), Dyn.tag, Dyn.__name__, type(d) is Dyn, [c.__name__ for c in Dyn.__mro__])
Sub = type("Sub", (Dyn,), {"double": lambda self: "sub:" + str(Dyn.double(self))})
print(Sub(4).double(), issubclass(Sub, Dyn), Sub.__bases__ == (Dyn,))
classes = [int, str, Dyn, Sub]
print([type(c).__name__ for c in classes], [c.__name__ for c in classes])
def make_class(n):
    class K:
        size = n
        def get(self):
            return self.size
    return K
K1, K2 = make_class(1), make_class(2)
print(K1().get(), K2().get(), K1 is K2, K1.__qualname__)
try:
    type("Bad", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
