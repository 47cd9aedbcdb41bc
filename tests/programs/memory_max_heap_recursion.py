# Deep recursion under a small heap (--max-heap=16M) ends in MemoryError or RecursionError, which can be caught.
# weft-options: --max-heap=16M
# Expected output written by hand: CPython has no heap limit; which of the two errors is raised is left to Weft.
import sys
sys.setrecursionlimit(10_000_000)
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except (MemoryError, RecursionError) as e:
    print("stopped by", "an error of the expected kinds")
def ok(n):
    return 0 if n == 0 else ok(n - 1) + 1
print(ok(1000))
