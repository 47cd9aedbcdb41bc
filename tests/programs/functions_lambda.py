# Lambdas: closures, defaults, immediate calls, in data structures, sorting keys, __name__.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "now")(), (lambda *a, **k: (a, k))(1, z=2), square.__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(2), sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
print((lambda x: (lambda y: x + y))(3)(4), (lambda: (yield))().__class__.__name__)
