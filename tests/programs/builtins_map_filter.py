# map and filter: laziness, several iterables, filter(None), and chaining.
calls = []
def sq(x):
    calls.append(x)
    return x * x
m = map(sq, range(5))
print(calls)
print(next(m), calls)
print(list(m), calls)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(str, [1, 2])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda x: x % 3 == 0, range(10))))
print(list(map(int, filter(str.isdigit, "a1b2c3"))), sum(map(abs, [-1, -2, 3])), type(m).__name__)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
