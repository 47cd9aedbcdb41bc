# Closures and classes: methods closing over function locals, __class__ cell for zero-argument super().
def make_class(prefix):
    class Greeter:
        def greet(self, name):
            return f"{prefix}, {name}"
    return Greeter
print(make_class("Hi")().greet("ann"), make_class("Yo")().greet("bo"))
class Base:
    def who(self):
        return "base"
class Child(Base):
    def who(self):
        return "child of " + super().who()
    def cls(self):
        return __class__.__name__
print(Child().who(), Child().cls())
def counter_class():
    total = 0
    class C:
        def add(self, n):
            nonlocal total
            total += n
            return total
    return C
C = counter_class()
a, b = C(), C()
a.add(1)
print(b.add(2))
