# Arithmetic, comparisons and a two-way branch: locals flow as block arguments.
def f(a, b):
    x = a + b * 2
    if x > 10 and a:
        y = x - 1
    else:
        y = -x
    return y
