# Generators: lazy execution order, exhaustion, reuse, return inside, generator objects' iter().
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stopped")
print(list(g), iter(g) is g)
def upto(n):
    i = 0
    while True:
        if i >= n:
            return
        yield i
        i += 1
print(list(upto(5)), sum(upto(101)), list(zip(upto(3), upto(10))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
