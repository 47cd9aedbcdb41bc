# Small built-ins: abs divmod pow round len chr ord hex oct bin ascii repr callable hasattr getattr.
print(abs(-5), abs(2.5), abs(-2 ** 70), divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5), round(3.14159, 3))
print(len("abc"), len([1]), len({1: 2}), len(range(3)), len(b"xy"), chr(65), ord("A"), hex(255), oct(8), bin(5))
print(ascii("é"), repr("é"), callable(len), hasattr([], "append"), getattr("s", "upper")(), isinstance(len, object))
print(type(len).__name__, len.__name__, type([].append).__name__, repr(len), repr(int), repr(print))
print(format(255, "x"), format(3.5), format("s", ">3"), hash(5) == 5, divmod(7.5, 2))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(1, "nope")
except AttributeError as e:
    print("AttributeError:", e)
