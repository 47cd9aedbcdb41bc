# __call__ makes instances callable; callable(); calling non-callables gives TypeError.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, range(3))), callable(add5), callable(5))
class Factory:
    def __call__(self):
        return Factory()
print(type(Factory()()()).__name__)
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    s = "abc"
    s()
except TypeError as e:
    print("TypeError:", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(print), callable(Adder), callable(lambda: 0), callable(None))
