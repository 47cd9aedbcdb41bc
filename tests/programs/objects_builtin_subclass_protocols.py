# Subclasses of built-ins through the generic protocols: in, iter, del, len, hash, ==, __missing__, __slots__.
class D(dict):
    pass
d = D(a=1, b=2)
print("a" in d, "z" in d, list(d), len(d), d == {"a": 1, "b": 2}, {"a": 1, "b": 2} == d)
del d["a"]
print(d, D.__hash__)
class S(set):
    pass
s = S([3, 1, 2])
print(sorted(s), 2 in s, len(s), s == {1, 2, 3}, [x for x in s if x > 1])
class FS(frozenset):
    pass
print(hash(FS([1, 2])) == hash(frozenset([1, 2])), {frozenset([1, 2]): "x"}[FS([1, 2])])
class T(tuple):
    __slots__ = ()
t = T((1, 2))
print(hash(t) == hash((1, 2)), {(1, 2): "found"}[t], t == (1, 2), (1, 2) == t, 2 in t, list(t))
try:
    t.x = 1
except AttributeError as e:
    print("AttributeError:", e)
class I(int):
    pass
print(hash(I(7)) == hash(7), {7: "seven"}[I(7)], I(7) == 7, 7 in [I(7)], I(2 ** 70) == 2 ** 70, hash(I(2 ** 70)) == hash(2 ** 70))
class F(float):
    pass
print({1.5: "f"}[F(1.5)], F(2.0) == 2, hash(F(2.0)) == hash(2))
class Str(str):
    pass
print({"k": 1}["k"], {Str("k"): 1}["k"], Str("ab") in {"ab"}, "b" in Str("abc"), list(Str("xy")))
class EqOnly(tuple):
    def __eq__(self, other):
        return True
try:
    hash(EqOnly((1,)))
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__, EqOnly((1,)) == (5, 6))
class H(str):
    def __hash__(self):
        return 2 ** 62 + 5
print(hash(H("a")) == 2 ** 62 + 5, hash(H("a")))
class Big:
    def __hash__(self):
        return 2 ** 64 + 3
print(hash(Big()))
class Count(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Count()
c["x"] += 1
c["x"] += 1
print(c, c["y"], c, c.get("z"), "z" in c)
class Deep(dict):
    def __contains__(self, key):
        return super().__contains__(key) or key == "magic"
dd = Deep(a=1)
print("a" in dd, "magic" in dd, "b" in dd)
class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Up("abc"), type(Up("abc")).__name__, Up("x") + "y")
class L(list):
    def __iter__(self):
        return iter([0, 0])
print(list(L([1, 2, 3])), len(L([1, 2, 3])), 3 in L([1, 2, 3]))
