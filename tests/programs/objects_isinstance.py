# isinstance and issubclass with classes, tuples of classes, built-in types and bool/int.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, object), issubclass(B, B))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)), isinstance(int, type))
print(isinstance(A, type), isinstance(b, object), issubclass(bool, (str, int)), type(b) == B, type(b) == A)
try:
    isinstance(b, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
