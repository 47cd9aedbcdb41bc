# *args and **kwargs: collecting, unpacking at call sites, ordering of keyword arguments.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show(), show(1, 2), show(a=1, b=2), show(1, *[2, 3], x=4, **{"y": 5, "z": 6}))
def f(a, b, c=0, *rest, key=None, **extra):
    return (a, b, c, rest, key, extra)
print(f(1, 2), f(1, 2, 3, 4, 5), f(*range(6), key="k", q=1), f(**{"a": 1, "b": 2, "zz": 3}))
args = (1, 2)
kw = {"c": 3}
print(f(*args, **kw), f(*args, *args), show(*"ab", **dict(k=1)))
def pass_through(*a, **k):
    return show(*a, **k)
print(pass_through(9, t=8))
print(show(**{"a": 1}, **{"b": 2}))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
