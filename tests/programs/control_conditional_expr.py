# Conditional expressions, nested and in comprehensions/lambdas/arguments; evaluation of only one branch.
def side(v):
    print("evaluated", v)
    return v
x = side("yes") if True else side("no")
y = side("a") if 0 else side("b") if 1 else side("c")
print(x, y)
print(["even" if i % 2 == 0 else "odd" for i in range(4)], (lambda n: "pos" if n > 0 else "neg" if n < 0 else "zero")(0))
print(max(1, 2) if None is None else 0, [1, 2][0 if False else 1])
