# Default arguments: evaluated once at definition, shared mutable defaults, None idiom, __defaults__.
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe(1), safe(2))
n = 10
def uses_n(a=n):
    return a
n = 20
print(uses_n(), uses_n(5), uses_n.__defaults__)
def many(a, b=2, c=3, *, d=4, e):
    return (a, b, c, d, e)
print(many(1, e=5), many(1, 20, e=5, d=40), many.__defaults__, many.__kwdefaults__)
