# A million nested calls work with the default settings (no sys.setrecursionlimit).
# expected-output: hand-written (expected output written by hand: CPython's recursion limit differs; it stops at 1000)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(1_000_000))
