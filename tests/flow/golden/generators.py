# Generators: yield is an operation whose result is the value sent in; yield from
# delegates to an iterator.
def gen(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    result = yield from other(total)
    return result
