# Class-body scoping: class names are not visible inside methods; comprehensions in class bodies.
x = "global"
class K:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [x for _ in range(1)]
    except NameError:
        bad = "NameError"
print(K.y, K().m(), K.doubled, K.bad)
def outer():
    v = "enclosing"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner
I = outer()
print(I.w, I().get())
class Counter:
    n = 0
    for i in range(5):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
