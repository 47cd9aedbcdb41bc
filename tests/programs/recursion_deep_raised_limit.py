# With sys.setrecursionlimit raised, 200,000-deep recursion works (in CPython 3.11 too).
import sys
sys.setrecursionlimit(300_000)
def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1
print(count(200_000))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(50_000)
d = 0
while x:
    x = x[0]
    d += 1
print(d)
