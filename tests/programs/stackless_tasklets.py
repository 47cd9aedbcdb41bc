# oracle: pypy3
# stackless tasklets and channels: scheduling order, preferences, run(), exceptions
import stackless
print(stackless.getruncount(), stackless.getcurrent() is stackless.getmain())
ch = stackless.channel()
def recv(name):
    print(name, 'waiting')
    v = ch.receive()
    print(name, 'got', v)
def send(name, v):
    print(name, 'sending', v)
    ch.send(v)
    print(name, 'sent', v)
stackless.tasklet(recv)('r1')
stackless.tasklet(recv)('r2')
stackless.tasklet(send)('s1', 1)
stackless.tasklet(send)('s2', 2)
print(stackless.getruncount())
stackless.run()
print('balance', ch.balance, stackless.getruncount())
ch.preference = 1
stackless.tasklet(recv)('r3')
stackless.tasklet(send)('s3', 3)
stackless.run()
ch.preference = 0
stackless.tasklet(send)('s4', 4)
stackless.tasklet(recv)('r4')
stackless.run()
def looper(n):
    for i in range(3):
        print(n, i)
        stackless.schedule()
stackless.tasklet(looper)('a')
stackless.tasklet(looper)('b')
stackless.run()
def bad():
    raise KeyError('k')
stackless.tasklet(bad)()
try:
    stackless.run()
except KeyError as e:
    print('main got', repr(e))
print(stackless.getruncount())
def prod():
    for i in range(3): ch.send(i)
    ch.close()
ch2 = ch
stackless.tasklet(prod)()
stackless.run()
print(ch.balance, ch.closing, ch.closed)
try:
    ch.receive()
except Exception as e:
    print(type(e).__name__, e)

print(ch.receive(), ch.balance)
stackless.run()
print(ch.balance, ch.closing, ch.closed)

# many tasklets, round robin
out = []
def worker(i, n):
    for k in range(n):
        out.append((i, k))
        stackless.schedule()
for i in range(4):
    stackless.tasklet(worker)(i, 3)
stackless.run()
print(out)

# a pipeline of channels
def stage(inp, outp, f):
    while True:
        outp.send(f(inp.receive()))
c1, c2, c3 = stackless.channel(), stackless.channel(), stackless.channel()
stackless.tasklet(stage)(c1, c2, lambda x: x + 1)
stackless.tasklet(stage)(c2, c3, lambda x: x * 10)
def feeder():
    for i in range(5):
        c1.send(i)
stackless.tasklet(feeder)()
res = []
def drain():
    for i in range(5):
        res.append(c3.receive())
stackless.tasklet(drain)()
stackless.run()
print(res)

# tasklet state
def sleeper():
    stackless.schedule()
t = stackless.tasklet(sleeper)
print(t.alive)
t()
print(t.alive, stackless.getruncount())
stackless.run()
print(t.alive, stackless.getruncount())
print(stackless.getcurrent() is stackless.getmain())
