# User __hash__/__eq__ in dicts and sets; __eq__ without __hash__ makes a class unhashable.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k) % 7
    def __repr__(self):
        return f"Key({self.k})"
d = {Key(1): "a", Key(8): "b"}
d[Key(1)] = "c"
print(d, Key(8) in d, Key(15) in d, len(d))
s = {Key(i % 5) for i in range(20)}
print(len(s), sorted(k.k for k in s))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
x = Default()
print(hash(x) == hash(x), {x: 1}[x])
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
