# int() of floats, bools and strings, and its ValueError/TypeError messages.
print(int(3.9), int(-3.9), int(1e20), int(-0.5), int(True), int(False), int(2.0 ** 70))
for s in ["abc", "", "1.5", "12a", "0x10", " ", "1__0", "_1"]:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(int("0"), int("-12"), int("  -12  "), int("٣"))
