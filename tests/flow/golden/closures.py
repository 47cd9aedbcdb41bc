# Closures: a captured local lives in a cell; the inner function gets it in its closure.
def counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
