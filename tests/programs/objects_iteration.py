# Iteration protocols: __iter__/__next__, the __getitem__ fallback, iter() on non-iterables.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(10)), [x * 2 for x in Countdown(3)])
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
it = iter(Squares())
print(next(it), next(it), type(it).__name__)
class Twice:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for x in self.data:
            yield x
            yield x
print(list(Twice("ab")), dict(zip(Twice([1, 2]), range(4))))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in None:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
a, b, c = Countdown(3)
print(a, b, c)
