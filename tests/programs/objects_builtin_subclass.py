# Subclasses of built-in types: list, dict with __missing__, int, str, tuple keep their behaviour.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4], type(s + [4]).__name__)
class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d)
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}C"
c = Celsius(21.5)
print(c, c + 1, type(c + 1).__name__, c * 2)
class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p, p.swap(), type(p.swap()).__name__, p == (1, 2), hash(p) == hash((1, 2)))
class Word(str):
    def shout(self):
        return self.upper() + "!"
w = Word("hi")
print(w.shout(), w * 2, type(w * 2).__name__, w == "hi", {w: 1}["hi"])
class Counted(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
cd = Counted()
cd["x"] = 1
print(cd)
