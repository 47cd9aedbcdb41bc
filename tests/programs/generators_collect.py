# list()/tuple() of a generator expression (run in a collect mode), errors and StopIteration inside it, partly used generators.
print(list(x * 2 for x in range(5)), tuple(x for x in "abc"), list(x for x in []), tuple(x for x in ()))
def g():
    return tuple(y for y in range(100))
print(len(g()), g()[-1])
def bad():
    return list(1 // (x - 3) for x in range(5))
try:
    bad()
except ZeroDivisionError as e:
    print("caught", e)

try:
    list(int(c) for c in "12x")
except ValueError as e:
    print(e)
gen = (x for x in range(3))
next(gen)
print(list(gen))
gen = (x for x in range(3))
print(list(gen), list(gen))
def outer():
    for i in range(3):
        t = tuple(str(j) for j in range(i))
        print(t)
outer()
class L(list): pass
print(L(x for x in range(2)))
print(list((a, b) for a in range(2) for b in range(2) if a != b))
def stop():
    raise StopIteration
try:
    print(list(stop() for x in range(2)))
except RuntimeError as e:
    print("RT", e)

# set() of a generator expression: guest __hash__/__eq__ keys, an unhashable key (the generator stays suspended).
print(sorted(set(x % 4 for x in range(10))), set(x for x in ""), sorted(set(str(x) for x in range(3))))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): print("hash", self.v); return hash(self.v % 2)
    def __eq__(self, o): print("eq", self.v, o); return isinstance(o, K) and self.v % 2 == o.v % 2
    def __repr__(self): return "K(%d)" % self.v
def gen():
    for i in range(4):
        print("yield", i)
        yield i
s = set(K(x) if x > 1 else x for x in gen())
print(sorted(s, key=repr))
g = (x if x != 2 else [x] for x in range(5))
try:
    set(g)
except TypeError as e:
    print("TypeError", e)
print(next(g), list(g))
