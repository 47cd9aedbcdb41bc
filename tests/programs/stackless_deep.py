# expected-output: hand-written
# A recursive function 100,000 calls deep inside a tasklet switches to another tasklet
# at the bottom and back (switching costs the same at any depth: nothing is copied).
# CPython has no stackless module and PyPy 3.9 crashes on it (segmentation fault): the
# expectation is written by hand.
import sys
import stackless

sys.setrecursionlimit(200000)
ch = stackless.channel()


def deep(n):
    if n == 0:
        ch.send('bottom reached')
        return ch.receive()
    return deep(n - 1) + 1


def other():
    print(ch.receive())
    ch.send(0)


def top():
    print('depth', deep(100000))


stackless.tasklet(top)()
stackless.tasklet(other)()
stackless.run()
print('done', stackless.getruncount())
