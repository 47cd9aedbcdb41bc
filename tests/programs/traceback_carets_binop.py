# 3.11 carets under a failing binary operation inside a larger expression.
def compute(a, b, c):
    return a * 2 + b / c - 1
print(compute(1, 2, 3))
result = compute(1, 2, 0) + 100
