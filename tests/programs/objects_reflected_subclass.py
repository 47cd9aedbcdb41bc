# When the right operand's type is a subclass overriding the reflected method, it is tried first.
class Base:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("Base.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("Base.__radd__")
        return "base-radd"
    def __lt__(self, o):
        print("Base.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("Base.__gt__")
        return "base-gt"
class Sub(Base):
    def __radd__(self, o):
        print("Sub.__radd__")
        return "sub-radd"
    def __gt__(self, o):
        print("Sub.__gt__")
        return "sub-gt"
print(Base(1) + Sub(2))
print(Sub(1) + Base(2))
try:
    print(Base(1) + Base(2))
except TypeError as e:
    print("TypeError:", e)
print(Base(1) < Sub(2))
print(Base(1) < Base(2))
class Num(int):
    def __radd__(self, o):
        return "Num.__radd__"
print(1 + Num(5), Num(5) + 1)
