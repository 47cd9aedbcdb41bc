# Assignment expressions (:=) in conditions, comprehensions (binding in the enclosing scope), and loops.
data = [5, 12, 7, 30, 1]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10], y)
total = 0
partial = [(total := total + x) for x in data]
print(partial, total)
it = iter(data)
while (v := next(it, None)) is not None:
    if v > 10:
        print("first > 10:", v)
        break
print([last := i for i in range(3)], last)
def f():
    [k := j for j in range(4)]
    return k
print(f())
