# A simulation of 10,000 tasklets (EVE-style): each agent wakes on a global tick
# channel, moves, and reports to a collector over another channel; the main tasklet
# drives the ticks and the collector sums the reports.
#   weft run examples/simulation_tasklets.py [AGENTS] [TICKS]
import sys
import stackless

AGENTS = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
TICKS = int(sys.argv[2]) if len(sys.argv) > 2 else 5

tick = stackless.channel()
reports = stackless.channel()
tick.preference = 1       # broadcasting: the sender goes on, the agents queue up


def agent(n):
    x = n % 100
    while True:
        t = tick.receive()
        if t is None:
            return
        x = (x * 31 + t) % 1000
        reports.send(x)


def collector():
    for t in range(TICKS):
        total = 0
        for i in range(AGENTS):
            total += reports.receive()
        print('tick', t, 'sum of positions', total)


for n in range(AGENTS):
    stackless.tasklet(agent)(n)
stackless.tasklet(collector)()
stackless.run()                       # every agent now waits for a tick
print('agents waiting:', -tick.balance)
for t in range(TICKS):
    for i in range(AGENTS):
        tick.send(t)
    stackless.run()
for i in range(AGENTS):
    tick.send(None)
stackless.run()
print('alive at the end:', stackless.getruncount(), 'runnable,', tick.balance, 'waiting')
