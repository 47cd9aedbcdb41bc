# oracle: pypy3
# stackless channels run natively: queue order, preference on both sides, schedule_all,
# send_exception to a waiting receiver and from a waiting sender, tempval
# through schedule(retval), a closed channel, tasklets that never block
import stackless


def show(label, ch):
    print(label, 'balance', ch.balance, 'runcount', stackless.getruncount())


# several receivers queue in order; senders serve them first come first served
ch = stackless.channel()
log = []


def receiver(name, n):
    for i in range(n):
        log.append((name, ch.receive()))


def sender(name, values):
    for v in values:
        ch.send(v)
        log.append((name, 'sent', v))


stackless.tasklet(receiver)('r1', 2)
stackless.tasklet(receiver)('r2', 2)
stackless.tasklet(sender)('s', [1, 2, 3, 4])
stackless.run()
print(log)
show('after queue order', ch)

# several senders block; the queue's head is the first blocked sender
log = []
ta = stackless.tasklet(sender)('a', ['a1', 'a2'])
tb = stackless.tasklet(sender)('b', ['b1'])
stackless.run()
show('senders blocked', ch)
print(ta.blocked, tb.blocked, ta.alive)
print(ch.receive(), ch.receive(), ch.receive())
stackless.run()
print(log)
show('senders done', ch)

# preference on both sides
for pref in (-1, 0, 1):
    ch = stackless.channel()
    ch.preference = pref
    order = []

    def rx():
        order.append('rx waits')
        order.append(('rx got', ch.receive()))
        order.append('rx after')

    def tx():
        order.append('tx sends')
        ch.send('v')
        order.append('tx after')

    def other():
        order.append('other')

    stackless.tasklet(rx)()
    stackless.tasklet(tx)()
    stackless.tasklet(other)()
    stackless.run()
    print('receiver first, preference', pref, order)
    order = []
    stackless.tasklet(tx)()
    stackless.tasklet(rx)()
    stackless.tasklet(other)()
    stackless.run()
    print('sender first, preference', pref, order)

# schedule_all
ch = stackless.channel()
ch.schedule_all = True
order = []


def rx2():
    order.append(('rx', ch.receive()))


def tx2():
    ch.send(5)
    order.append('tx after')


stackless.tasklet(tx2)()
stackless.tasklet(rx2)()
stackless.run()
print('schedule_all', order)

# send_exception to a waiting receiver, and a receiver taking a waiting sender's exception
# (the exception's arguments differ in PyPy: only its type is printed)
ch = stackless.channel()


def catcher():
    try:
        ch.receive()
    except ValueError as e:
        print('receiver caught', type(e).__name__)


stackless.tasklet(catcher)()
stackless.run()
ch.send_exception(ValueError, 'bad')
stackless.run()


def thrower():
    ch.send_exception(KeyError, 'k')
    print('thrower goes on')


stackless.tasklet(thrower)()
stackless.run()
show('exception waiting', ch)
try:
    ch.receive()
except KeyError as e:
    print('main caught', type(e).__name__)
stackless.run()

# schedule(retval) returns retval; schedule() the current tasklet
def sched():
    print('schedule(7) ->', stackless.schedule(7))
    print('schedule() is current:', stackless.schedule() is stackless.getcurrent())


stackless.tasklet(sched)()
stackless.run()

# a closed channel (the sender goes on after each send, so it closes the channel before
# the receiver asks again)
ch = stackless.channel()
ch.preference = 1


def produce():
    for i in range(4):
        ch.send(i * i)
    ch.close()


stackless.tasklet(produce)()
got = []
while not ch.closed:
    got.append(ch.receive())
print('received', got)
print('closed', ch.closing, ch.closed, ch.balance)

# many tasklets that never block, and a long ping-pong
ch1, ch2 = stackless.channel(), stackless.channel()
total = []


def ping(n):
    for i in range(n):
        ch1.send(i)
        ch2.receive()


def pong(n):
    s = 0
    for i in range(n):
        s += ch1.receive()
        ch2.send(None)
    total.append(s)


stackless.tasklet(ping)(300)
stackless.tasklet(pong)(300)
for i in range(50):
    stackless.tasklet(lambda i: total.append(i))(i)
stackless.run()
print(total[-1], len(total), sum(total[:-1]))
print(stackless.getruncount(), stackless.getcurrent() is stackless.getmain())

# one attribute site seeing the native send, a subclass's, and one set on the instance
class Sub(stackless.channel):
    def send(self, v):
        return 'sub send %s' % v


def name_of_send(ch):
    return ch.send.__name__


c, s = stackless.channel(), Sub()
for i in range(3):
    print(name_of_send(c), name_of_send(s), s.send(i))
c.send = lambda v: 'instance send %s' % v
print(name_of_send(c), c.send(1))
del c.send
print(name_of_send(c))
