# The report's many-producers many-consumers example with tasklets and one channel
# (§3.3.2): every item sent is received by one of the waiting consumers.
#   weft run examples/producer_consumer_tasklets.py
import stackless

N, M, ITEMS = 3, 2, 4
common_channel = stackless.channel()
received = {}


def producer(chan, name):
    for i in range(ITEMS):
        chan.send((name, i))


def consumer(chan, name):
    while True:
        x = chan.receive()
        received.setdefault(name, []).append(x)


for i in range(N):
    stackless.tasklet(producer)(common_channel, 'p%d' % i)
for i in range(M):
    stackless.tasklet(consumer)(common_channel, 'c%d' % i)
stackless.run()
for name in sorted(received):
    print(name, received[name])
print('consumers still waiting:', -common_channel.balance)
