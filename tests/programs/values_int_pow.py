# ** and pow() with ints: big results, negative exponents, three-argument pow, inverses.
print(2 ** 100, (-3) ** 41, 10 ** 40)
print(2 ** -2, (-2) ** -2, 5 ** -1)
print(pow(2, 10), pow(2, 100, 1000), pow(-2, 101, 17), pow(3, 200, -7))
print(pow(3, -1, 7), pow(10, -1, 17), pow(2, -3, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(0 ** 0, 0 ** 5, (-1) ** (10 ** 20), 1 ** -5)
print(7 ** 77 % 1000003, pow(7, 77, 1000003))
print(len(str(9 ** 999)))
