# Channel ping-pong on CPython + greenlet: a small channel class and a FIFO scheduler
# on greenlets (the baseline the issue names), the same exchange as
# bench/pingpong_stackless.py.
#   python3 bench/pingpong_greenlet.py [ROUND_TRIPS]
import sys
import time
from collections import deque
from greenlet import greenlet, getcurrent

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000

ready = deque()


def spawn(f, *args):
    ready.append((greenlet(f, parent=scheduler_main), args))


def block():
    # the current greenlet waits: run the next ready one (or go back to run())
    if ready:
        g, v = ready.popleft()
        return g.switch(*v)
    return scheduler_main.switch()


class Channel:
    def __init__(self):
        self.waiting = deque()   # blocked senders (greenlet, value), or receivers
        self.balance = 0

    def send(self, value):
        if self.balance < 0:
            r = self.waiting.popleft()
            self.balance += 1
            ready.append((getcurrent(), ()))
            r.switch(value)              # the receiver runs now, the sender later
        else:
            self.waiting.append((getcurrent(), value))
            self.balance += 1
            block()

    def receive(self):
        if self.balance > 0:
            s, value = self.waiting.popleft()
            self.balance -= 1
            ready.append((s, ()))
            return value
        self.waiting.append(getcurrent())
        self.balance -= 1
        return block()


def run():
    while ready:
        g, args = ready.popleft()
        g.switch(*args)


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


scheduler_main = getcurrent()
a = Channel()
b = Channel()
spawn(ping, a, b, N)
spawn(pong, a, b, N)
t0 = time.perf_counter()
run()
t = time.perf_counter() - t0
print('%d round trips: %.3f s, %.3f us per round trip' % (N, t, t / N * 1e6))
