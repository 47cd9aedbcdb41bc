# The report's interruptible computation (§3.3.4, minus pickling): ackermann(3, 4)
# runs in its own coroutine, which switches back to main every 100 calls; main resumes
# it until it is done. The recursion is as deep as it likes: a switch copies nothing.
#   weft run examples/ackermann_coroutine.py
import sys
from stackless import coroutine

sys.setrecursionlimit(100000)
main = coroutine.getcurrent()
calls = 0
result = None


def ackermann(x, y):
    global calls
    calls += 1
    if calls % 100 == 0:
        main.switch()          # interrupted: the main program may look at us
    if x == 0:
        return y + 1
    if y == 0:
        return ackermann(x - 1, 1)
    return ackermann(x - 1, ackermann(x, y - 1))


def compute(x, y):
    global result
    result = ackermann(x, y)


coro = coroutine()
coro.bind(compute, 3, 4)
interruptions = 0
coro.switch()
while coro.is_alive:
    interruptions += 1
    coro.switch()
print('finished; the result is:', result)
print('calls:', calls, 'interruptions:', interruptions)
