# Late binding: closures see a variable's final value; default arguments and factories capture early.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make():
    out = []
    for k in range(3):
        def h():
            return k
        out.append(h)
    k = 99
    return out
print([h() for h in make()])
def factory(v):
    return lambda: v
print([f() for f in [factory(j) for j in range(3)]])
x = 1
def read_global():
    return x
x = 2
print(read_global())
