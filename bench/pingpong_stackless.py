# Channel ping-pong: two tasklets exchange a value over two channels; one round trip is
# a send and a receive each way. Runs on Weft and PyPy 3 (its bundled stackless).
# bench/pingpong_greenlet.py is the same exchange on CPython + greenlet.
#   weft run bench/pingpong_stackless.py [ROUND_TRIPS]
import sys
import time
import stackless

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


def ping(a, b, n):
    for i in range(n):
        a.send(i)
        b.receive()


def pong(a, b, n):
    total = 0
    for i in range(n):
        x = a.receive()
        total += x
        b.send(x)
    print('checksum', total)


a = stackless.channel()
b = stackless.channel()
stackless.tasklet(ping)(a, b, N)
stackless.tasklet(pong)(a, b, N)
t0 = time.perf_counter()
stackless.run()
t = time.perf_counter() - t0
print('%d round trips: %.3f s, %.3f us per round trip' % (N, t, t / N * 1e6))
