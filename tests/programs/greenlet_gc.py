# greenlet: unreferenced suspended greenlets get GreenletExit when collected; cycles
# through a suspended greenlet's own frames are freed
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


g = greenlet(f)
print(g.switch('plain'))
del g
gc.collect()
print('after first collect')

# a finished greenlet in a cycle
def done():
    t = Tracker('finished')
    getcurrent().keep = t
    return 'done'
d = greenlet(done)
print(d.switch())
d.cycle = d
del d
gc.collect()
print('after third collect')

# many suspended greenlets dropped at once
count = [0]
def many(i):
    try:
        getcurrent().parent.switch(i)
    except GreenletExit:
        count[0] += 1
gs = [greenlet(many) for i in range(50)]
for i, x in enumerate(gs):
    x.switch(i)
del gs, x
gc.collect()
print('killed', count[0])

# a greenlet that catches GreenletExit and returns normally
def stubborn():
    try:
        getcurrent().parent.switch()
    except GreenletExit:
        print('stubborn exits anyway')
    return 1
s = greenlet(stubborn)
s.switch()
del s
gc.collect()
print('end')
