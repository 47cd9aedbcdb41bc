# A traceback through generator frames and a for loop driving them.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")
def doubled(src):
    for n in src:
        yield n * 2
for v in doubled(numbers()):
    print(v)
