# Functions as values: passed, returned, stored, compared, used as dict keys; recursion through names.
def apply(f, *args):
    return f(*args)
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(apply(double, 5), apply(triple, 5), [f(1) for f in (double, triple)], double is triple, double == double)
table = {double: "double", triple: "triple"}
print(table[double], len(table))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
f = fact
print(f(20), list(map(fact, range(6))))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
s = "  Hello World  "
for step in pipeline:
    s = step(s)
print(s)
