# oracle: pypy3
# stackless.coroutine: bind, switch, rebinding, is_alive, who runs when a bound function ends
import stackless
from stackless import coroutine
main = coroutine.getcurrent()
print(main.is_alive)
def f(a, b=2):
    print('f start', a, b)
    r = main.switch()
    print('f resumed', r)
    return 'fret'
c = coroutine()
print(c.is_alive)
c.bind(f, 1, b=3)
print(c.is_alive)
r = c.switch()
print('main got', r, c.is_alive)
r = c.switch()
print('main got', r, c.is_alive)
c.bind(f, 5)
c.switch()
def g():
    try:
        main.switch()
    finally:
        print('g finally')
d = coroutine(); d.bind(g); d.switch()
print(d.is_alive)
e = coroutine()
try:
    e.switch()
except Exception as ex:
    print(type(ex).__name__, ex)
def h():
    1/0
x = coroutine(); x.bind(h)
try:
    x.switch()
except ZeroDivisionError:
    print('zde in main')
# chain: a switches to b, b returns -> who resumes?
def fa():
    print('fa start'); cb.switch(); print('fa resumed'); main.switch(); 
def fb():
    print('fb runs, returns')
ca = coroutine(); ca.bind(fa); cb = coroutine(); cb.bind(fb)
ca.switch()
print('main end', coroutine.getcurrent() is main)
try:
    c.bind(f, 1)
    c.bind(f, 2)
except ValueError as e:
    print('VE', e)

def fa():
    print('fa start'); cb.switch(); print('fa resumed'); main.switch()
def fb():
    print('fb 1'); main.switch(); print('fb 2, returns')
ca = coroutine(); ca.bind(fa); cb = coroutine(); cb.bind(fb)
ca.switch()
print('main 1')
cb.switch()
print('main 2')
ca.switch()
print('main 3')
# started by main, resumed by ca, returns
def fc():
    print('fc 1'); main.switch(); print('fc 2 returns')
def fd():
    print('fd 1'); cc.switch(); print('fd resumed'); main.switch()
cc = coroutine(); cc.bind(fc); cd = coroutine(); cd.bind(fd)
cc.switch()
print('main 4')
cd.switch()
print('main 5')
cd.switch()
print('main 6')
def fa3():
    print('A start'); B3.switch(); print('A resumed'); main.switch(); print('A again')
def fb3():
    print('B start'); C3.switch(); print('B resumed'); main.switch()
def fc3():
    print('C start, returns')
A3 = coroutine(); A3.bind(fa3); B3 = coroutine(); B3.bind(fb3); C3 = coroutine(); C3.bind(fc3)
A3.switch()
print('main 7')
B3.switch()
print('main 8')
A3.switch()
print('main 9')

# the report's producer/consumer (3.3.1)
def producer(lst):
    n = 0
    while n < 12:
        lst.extend(range(n, n + 5))
        n += 5
        coro_consumer.switch()

def consumer(lst):
    while True:
        while len(lst) == 0:
            coro_producer.switch()
        batch = lst[:3]
        del lst[:3]
        print('batch', batch)
        if batch[-1] >= 14:
            main.switch()

exchangelst = []
coro_producer = coroutine()
coro_producer.bind(producer, exchangelst)
coro_consumer = coroutine()
coro_consumer.bind(consumer, exchangelst)
coro_consumer.switch()
print('done', coroutine.getcurrent() is main)
