# yield from: delegation of values, send and throw to the subgenerator, and its return value.
def sub():
    x = yield "sub-1"
    print("sub received", x)
    try:
        yield "sub-2"
    except KeyError:
        print("sub caught KeyError")
        yield "sub-3"
    return "sub-result"
def outer():
    r = yield from sub()
    print("outer got", r)
    yield "outer-end"
o = outer()
print(next(o))
print(o.send("hello"))
print(o.throw(KeyError("k")))
print(next(o))
print(list(o))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
def ret():
    return 5
    yield
def get():
    v = yield from ret()
    yield v
print(list(get()))
