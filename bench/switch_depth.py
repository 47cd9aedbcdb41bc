# Greenlet switch cost at stack depths 0, 10, 100, 1000 (§3.3.7 of the report): a
# greenlet recurses N calls deep, then switches back and forth with main. Runs on Weft,
# CPython + greenlet (pip install greenlet) and PyPy 3 (its bundled greenlet).
#   weft run bench/switch_depth.py [ROUNDS]
import sys
import time
from greenlet import greenlet, getcurrent

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
if hasattr(sys, 'setrecursionlimit'):
    sys.setrecursionlimit(10000)


def deep(n, main):
    if n > 0:
        return deep(n - 1, main)
    sw = main.switch
    while True:
        sw()


def measure(depth):
    g = greenlet(deep)
    g.switch(depth, getcurrent())
    sw = g.switch
    best = None
    for attempt in range(3):
        t0 = time.perf_counter()
        for i in range(ROUNDS):
            sw()
        t = (time.perf_counter() - t0) / (2 * ROUNDS)
        best = t if best is None or t < best else best
    return best


for depth in (0, 10, 100, 1000):
    print('depth %4d: %6.1f ns per switch' % (depth, measure(depth) * 1e9))
