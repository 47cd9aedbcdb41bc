# After a RecursionError is caught deep inside, the stack unwinds fully and recursion works again.
import sys
sys.setrecursionlimit(1000)
def infinite(n):
    return infinite(n + 1)
for attempt in range(3):
    try:
        infinite(0)
    except RecursionError:
        print("attempt", attempt, "hit the limit")
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(900))
def catch_inside(n):
    try:
        return catch_inside(n + 1)
    except RecursionError:
        return n
print(catch_inside(0) > 900)
