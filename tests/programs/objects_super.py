# Cooperative super() through a diamond, explicit super(Class, self), and super in a classmethod.
class Root:
    def __init__(self):
        print("Root.__init__")
    def hello(self):
        return ["Root"]
class A(Root):
    def __init__(self):
        print("A.__init__")
        super().__init__()
    def hello(self):
        return ["A"] + super().hello()
class B(Root):
    def __init__(self):
        print("B.__init__")
        super().__init__()
    def hello(self):
        return ["B"] + super().hello()
class C(A, B):
    def __init__(self):
        print("C.__init__")
        super(C, self).__init__()
    def hello(self):
        return ["C"] + super().hello()
    @classmethod
    def make(cls):
        print("making", cls.__name__)
        return cls()
c = C.make()
print(c.hello())
print(super(A, c).hello())
print(super(B, c).hello())
class Counter:
    def __init__(self):
        self.n = 0
class Sub(Counter):
    def __init__(self):
        super().__init__()
        self.n += 10
print(Sub().n)
