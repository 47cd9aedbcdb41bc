# Generator pipelines: chained lazy stages over a large range, with only what is needed computed.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(10, squares(evens(numbers())))))
def running_sum(src):
    total = 0
    for x in src:
        total += x
        yield total
print(list(running_sum(take(10, numbers()))))
words = "the quick brown fox jumps over the lazy dog".split()
lengths = (len(w) for w in words)
long_words = (w for w in words if len(w) > 4)
print(max(lengths), list(long_words), sum(1 for _ in take(1000, numbers())))
