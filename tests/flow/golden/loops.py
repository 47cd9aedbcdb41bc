# while/for with else, break and continue; for uses iter/next with a StopIteration exit.
def f(items, limit):
    total = 0
    for i in items:
        if i < 0:
            continue
        if i > limit:
            break
        total += i
    else:
        total = -1
    n = 0
    while n < 3:
        n += 1
    return total, n
