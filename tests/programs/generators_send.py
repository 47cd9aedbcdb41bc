# generator.send: priming, values received by yield, running averages, sending to a new generator.
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
print(next(a), a.send(10), a.send(20), a.send(60))
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    yield received
e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send(None))
fresh = averager()
try:
    fresh.send(5)
except TypeError as ex:
    print("TypeError:", ex)
def gen():
    x = yield 1
    print("got", x)
g = gen()
next(g)
try:
    g.send("last")
except StopIteration:
    print("StopIteration after send")
