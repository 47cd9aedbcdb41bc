# Decorators: plain, with arguments, stacked (application order), on methods, preserving names by hand.
def trace(f):
    def wrapper(*a, **k):
        print("call", f.__name__, a, k)
        r = f(*a, **k)
        print("ret", r)
        return r
    wrapper.__name__ = f.__name__
    return wrapper
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
def tag(name):
    def deco(f):
        print("applying", name)
        def w(*a):
            return f"<{name}>{f(*a)}</{name}>"
        return w
    return deco
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))
@tag("b")
@tag("i")
def text(s):
    return s
print(text("x"))
class C:
    def __repr__(self):
        return "C()"
    @trace
    def method(self, v):
        return v * 2
C().method(21)
counter = {"n": 0}
def counted(f):
    def w(*a):
        counter["n"] += 1
        return f(*a)
    return w
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), counter["n"])
