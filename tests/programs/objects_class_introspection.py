# Names and reprs of classes, nested classes' __qualname__, type(), __class__, __module__, __doc__.
class Outer:
    "Outer's doc"
    class Inner:
        class Deepest:
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer, Outer.Inner, Outer.Inner.Deepest, Outer().method())
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer().method().__qualname__)
print(Outer.__name__, Outer.Inner.__name__, Outer.__module__, Outer.__doc__, Outer.Inner.__doc__)
o = Outer()
print(o.__class__ is Outer, type(o).__name__, type(Outer), type(type), type(int), int, str, type(None))
print(Outer.method.__qualname__, Outer.method.__name__, repr(Outer.__dict__["method"]).startswith("<function Outer.method at"))
print(repr(o).startswith("<__main__.Outer object at 0x"), Outer.__bases__, object.__bases__, object.__name__)
