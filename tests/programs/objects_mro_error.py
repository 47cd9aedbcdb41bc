# An inconsistent hierarchy raises TypeError with CPython's message; duplicate bases too.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(X, X): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(object, X): pass
except TypeError as e:
    print("TypeError:", e)
class F(X, object): pass
print([c.__name__ for c in F.__mro__])
