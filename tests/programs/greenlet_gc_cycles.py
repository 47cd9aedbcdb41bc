# expected-output: hand-written
# greenlet: a suspended greenlet in a cycle with its own frame is killed (GreenletExit,
# finally blocks run) and freed by the collector. CPython + greenlet never frees it (the
# report's §3.3.3 complaint), so this expectation is written by hand, not recorded.
import gc
from greenlet import greenlet, getcurrent, GreenletExit


class Tracker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('freed', self.name)


def f(name):
    t = Tracker(name)
    try:
        getcurrent().parent.switch('suspended ' + name)
    except GreenletExit:
        print('GreenletExit in', name)
        raise
    finally:
        print('finally in', name, t.name)


# a cycle: the greenlet refers to itself, its frame refers to it
def g2(name):
    me = getcurrent()
    me.self_ref = me
    f(name)

h = greenlet(g2)
print(h.switch('cycle'))
del h
gc.collect()
gc.collect()
print('after second collect')


# a ring of suspended greenlets, each referring to the next
ring = [greenlet(f) for i in range(3)]
for i, x in enumerate(ring):
    x.next = ring[(i + 1) % 3]
    print(x.switch('ring%d' % i))
del ring, x
gc.collect()
gc.collect()
print('end')
