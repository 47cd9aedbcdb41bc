# iter/next: defaults, StopIteration, iter(callable, sentinel), reversed on sequences and __reversed__.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Custom())))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
it = iter("ab")
print(iter(it) is it, list(it), list(it))
