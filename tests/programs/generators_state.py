# Generator state: gi_frame/gi_running-free checks of suspended locals, generators inside loops, independent instances.
def counter(label):
    count = 0
    while True:
        count += 1
        cmd = yield f"{label}:{count}"
        if cmd == "reset":
            count = 0
a, b = counter("a"), counter("b")
print(next(a), next(a), next(b), a.send("reset"), next(a), next(b))
def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter("abc"), iter([1, 2]), iter("XYZW"))))
def recursive_gen(n):
    if n > 0:
        yield n
        yield from recursive_gen(n - 1)
        yield -n
print(list(recursive_gen(4)))
def gen_in_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(g) for g in gen_in_gen()])
