# Memory of suspended ("live") and of finished ("dead") greenlets: N of them, kept in a
# list. Compare the peak RSS (/usr/bin/time -f %M) with N and with 0; on Weft,
# --gc-stats also gives the heap's live bytes after the final collection.
#   weft run --gc-stats bench/greenlet_memory.py live|dead [N]
import gc
import sys
from greenlet import greenlet, getcurrent

MODE = sys.argv[1] if len(sys.argv) > 1 else 'live'
N = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
main = getcurrent()


def body():
    main.switch()


keep = []
for i in range(N):
    g = greenlet(body)
    g.switch()             # suspended inside body()
    if MODE == 'dead':
        g.switch()         # body returns: the greenlet is dead
    keep.append(g)
gc.collect()
print(MODE, N, sum(1 for g in keep if g.dead))
