# expected-output: hand-written
# Stackless Python behaviour where PyPy's stackless.py (the oracle of the other
# stackless_* programs) differs or has nothing: kill() runs finally blocks and returns,
# a killed blocked tasklet leaves its channel, deadlock is a RuntimeError,
# send_exception raises exc(*args), closed channels end iteration.
import stackless
from stackless import coroutine, TaskletExit, CoroutineExit

print(issubclass(TaskletExit, SystemExit), CoroutineExit is TaskletExit)

# coroutine.kill runs finally and with blocks; kill() returns to the killer
class Ctx:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit', a[0].__name__)

main = coroutine.getcurrent()
def body():
    with Ctx():
        try:
            main.switch()
        finally:
            print('body finally')
    print('not reached')
c = coroutine()
c.bind(body)
c.switch()
print('alive', c.is_alive)
print('kill returns', c.kill())
print('alive', c.is_alive)
c.bind(body)          # bound again after it ended
c.switch()
c.kill()

# killing a coroutine that catches CoroutineExit and ends normally
def stubborn():
    try:
        main.switch()
    except CoroutineExit:
        print('caught CoroutineExit')
    return 5
s = coroutine(); s.bind(stubborn); s.switch(); s.kill()
print('after stubborn', s.is_alive)

# a bound coroutine never switched to: kill unbinds it, nothing runs
n = coroutine(); n.bind(body); n.kill(); print('never ran', n.is_alive)

# tasklet.kill of a tasklet blocked on a channel
ch = stackless.channel()
def waiter():
    try:
        ch.receive()
    finally:
        print('waiter finally')
t = stackless.tasklet(waiter)()
stackless.run()
print(t.alive, t.blocked, ch.balance)
t.kill()
print(t.alive, t.blocked, ch.balance, stackless.getruncount())

# killing a tasklet not yet run: it never runs
u = stackless.tasklet(waiter)()
u.kill()
print(u.alive, stackless.getruncount())

# deadlock
try:
    ch.receive()
except RuntimeError as e:
    print('RuntimeError:', e)
print(ch.balance, stackless.getruncount())
try:
    ch.send(1)
except RuntimeError as e:
    print('RuntimeError:', e)

# the last tasklet ends while main waits on a channel: main gets the deadlock error
def ends():
    print('ends runs')
stackless.tasklet(ends)()
try:
    ch.receive()
except RuntimeError as e:
    print('main:', e)
print(ch.balance, stackless.getruncount())

# send_exception
def rx():
    try:
        ch.receive()
    except ValueError as e:
        print('rx', repr(e))
stackless.tasklet(rx)()
stackless.run()
ch.send_exception(ValueError, 'v1', 2)

# raise_exception
def rx2():
    try:
        stackless.schedule()
    except KeyError as e:
        print('rx2', repr(e))
t = stackless.tasklet(rx2)()
stackless.schedule()
t.raise_exception(KeyError, 'k')
print(t.alive)

# closing a channel: iteration ends when it is empty
def producer(ch):
    for i in range(3):
        ch.send(i)
    ch.close()
ch2 = stackless.channel()
ch2.preference = 1   # the sender runs on, and closes the channel before the receiver waits again
stackless.tasklet(producer)(ch2)
print(list(ch2))
print(ch2.closing, ch2.closed)
try:
    ch2.send(1)
except ValueError as e:
    print('ValueError:', e)

# blocked and scheduled
def blocker():
    ch2.open()
    ch2.receive()
b = stackless.tasklet(blocker)()
print(b.scheduled, b.blocked)
stackless.run()
print(b.scheduled, b.blocked, b.alive)
ch2.send('x')
print(b.alive)

# composable views (3.3.6): a generator library on one view, a producer on another
producer_view = stackless.usercostate()
main_coro = producer_view.getcurrent()
data = []
def data_producer():
    for i in range(10):
        data.append(i)
        data.append(i * 5)
        data.append(i * 25)
        main_coro.switch()
producer_coro = producer_view.newcoroutine()
producer_coro.bind(data_producer)
def grab_next_value():
    if not data:
        producer_coro.switch()
    return data.pop(0)

generators_view = stackless.usercostate()
def generator(f):
    def wrappedfunc(*args, **kwds):
        g = generators_view.newcoroutine(generator_iterator)
        g.bind(f, *args, **kwds)
        return g
    return wrappedfunc
class generator_iterator(coroutine):
    def __iter__(self):
        return self
    def __next__(self):
        self.caller = generators_view.getcurrent()
        self.answer = None
        self.switch()
        if not self.is_alive and self.answer is None:
            raise StopIteration
        return self.answer
def Yield(value):
    g = generators_view.getcurrent()
    g.answer = value
    g.caller.switch()

def squares(n):
    for i in range(n):
        Yield(i * i)
squares = generator(squares)
print(list(squares(5)))

def grab_values(n):
    for i in range(n):
        Yield(grab_next_value())
grab_values = generator(grab_values)
print(list(grab_values(8)))
print(generators_view.getcurrent() is generators_view.getmain(), producer_view.getcurrent() is main_coro)
print(coroutine.getcurrent() is main)
