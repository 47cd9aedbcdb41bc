# A local read where it may be unbound keeps its check_bound; where it is bound on every
# path the check is removed.
def f(c):
    if c:
        x = 1
    print(x)
    y = 2
    return y
