# Memory of suspended tasklets: N tasklets, each blocked on a channel one call deep.
# Prints the heap's live bytes per tasklet after a full collection (Weft: gc.collect()
# then --gc-stats); for RSS, compare /usr/bin/time -f %M with N and with 0.
#   weft run --gc-stats bench/tasklet_memory.py [N]
import gc
import sys
import time
import stackless

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
ch = stackless.channel()


def waiter(i):
    return ch.receive() + i


t0 = time.perf_counter()
for i in range(N):
    stackless.tasklet(waiter)(i)
t1 = time.perf_counter()
stackless.run()
t2 = time.perf_counter()
print('%d tasklets: created in %.3f s (%.2f us each), all blocked in %.3f s; balance %d'
      % (N, t1 - t0, (t1 - t0) / max(N, 1) * 1e6, t2 - t1, ch.balance))
gc.collect()
