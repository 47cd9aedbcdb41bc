# __repr__, __str__ and __format__: which is used by print, str(), repr(), f-strings, containers.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents // 100}$"
        return format(str(self), spec)
m = Money(12345)
print(m, str(m), repr(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:short}", f"{m:>12}|", "{}".format(m), "{:short}".format(m), format(m, "<10") + "|")
print("%s %r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, f"{o}", repr(o).startswith("<__main__.OnlyStr object at 0x"))
try:
    format(OnlyRepr(), "d")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
