# Truth testing of objects: __bool__ wins over __len__; bad results raise TypeError.
class T:
    def __bool__(self):
        print("bool called")
        return False
    def __len__(self):
        print("len called")
        return 3
print(bool(T()), not T(), "yes" if T() else "no")
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(L(0)), bool(L(2)), [x for x in (L(0), L(1), L(5)) if x].__len__())
class Plain:
    pass
print(bool(Plain()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    bool(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
print(type(T() and "x").__name__, type(L(3) or "y").__name__, L(0) or "z")
