# Constructors of built-in types from strings and other values: int, float, bool, str, list, tuple, dict, set.
print(int(), int("7"), int(7.9), int("-0b11", 0), float(), float("1e3"), float(" -2.5 "), float("inf"), float("-iNF"), float(7))
print(bool(), bool([]), bool([0]), str(), str(12), str(1.0), str(True), str(None), str([1, "a"]), str((1,)))
print(list(), tuple(), dict(), set(), list("ab"), tuple([1]), dict(a=1), set([1, 1]), frozenset("a"))
print(type(int("5")).__name__, type(float(5)).__name__, type(str(5)).__name__)
for bad in ["1.2.3", "", "one", "1e", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", base=10, extra=1)
except TypeError as e:
    print("TypeError:", e)
