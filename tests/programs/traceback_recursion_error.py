# Uncaught RecursionError with a low limit: the repeated frame is folded into "[Previous line repeated N more times]".
import sys
sys.setrecursionlimit(100)
def down(n):
    return down(n + 1) + 1
down(0)
