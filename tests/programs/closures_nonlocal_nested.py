# nonlocal across several levels of nesting, rebinding vs mutation, and a cell read before assignment.
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a, b
        r = level3()
        return r, b
    r = level2()
    return r, a
print(level1())
def outer():
    items = []
    def add(x):
        items.append(x)
    def reset():
        nonlocal items
        items = []
    add(1)
    add(2)
    before = items
    reset()
    add(3)
    return before, items
print(outer())
def early():
    def f():
        return v
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    v = 5
    return f()
print(early())
