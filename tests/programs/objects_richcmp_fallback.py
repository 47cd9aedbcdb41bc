# When both sides return NotImplemented: == falls back to identity, < raises TypeError; reflection order.
class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
    def __gt__(self, o):
        print("B.__gt__")
        return NotImplemented
a, b = A(), B()
print(a == b)
print(a != b)
print(a == a)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
class C:
    def __le__(self, o):
        return "C.__le__"
    def __ge__(self, o):
        return "C.__ge__"
print(C() <= 1, 1 <= C(), 1 >= C())
