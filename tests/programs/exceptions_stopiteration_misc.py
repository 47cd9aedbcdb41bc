# StopIteration and other control exceptions used directly: for-loops stop on StopIteration from __next__.
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("custom payload")
        return self.i
print(list(It()))
it = It()
for x in it:
    pass
print(x, it.i)
try:
    raise StopIteration
except StopIteration as e:
    print("caught", repr(e), e.value)
def gen():
    try:
        yield 1
    except GeneratorExit as e:
        print("GeneratorExit is BaseException:", isinstance(e, BaseException), isinstance(e, Exception))
        raise
g = gen()
next(g)
g.close()
