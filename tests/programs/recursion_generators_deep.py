# Recursive generators nested 400 deep with yield from, and deep recursion through __getitem__ and __eq__.
import sys
sys.setrecursionlimit(5000)
def nest(n):
    if n == 0:
        yield "bottom"
    else:
        yield n
        yield from nest(n - 1)
vals = list(nest(400))
print(len(vals), vals[:3], vals[-2:])
class Chain:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        return self.n if self.n == 0 else Chain(self.n - 1)[i] + 1
print(Chain(500)[0])
