# sys.setrecursionlimit(n): recursion past n raises RecursionError, which can be caught; the program goes on.
import sys
sys.setrecursionlimit(200)
depth = 0
def dive(n):
    global depth
    depth = n
    dive(n + 1)
try:
    dive(1)
except RecursionError as e:
    print("RecursionError:", e)
print(150 <= depth <= 200)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(150))
try:
    fine(500)
except RecursionError:
    print("500 is too deep")
sys.setrecursionlimit(2000)
print(fine(1500))
print(isinstance(RecursionError(), RuntimeError))
