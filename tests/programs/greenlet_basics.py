# greenlet: switch argument/return conventions, parent, dead, throw, GreenletExit
import greenlet as greenlet_module
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()
print(type(main).__name__, main.parent is None, main.dead, bool(main))


def test1(x, y):
    z = gr2.switch(x + y)
    print('test1 got', z)
    gr2.switch(z)
    print('test1 never resumed')


def test2(u):
    print('test2 got', u)
    w = gr1.switch(42)
    print('test2 got again', w)
    return 'test2 done'


gr1 = greenlet(test1)
gr2 = greenlet(test2)
print(bool(gr1), gr1.dead)
r = gr1.switch('hello', ' world')
print('main got', r)
print(gr1.dead, gr2.dead, bool(gr1))


# conventions of the values passed
def echo():
    v = main.switch()
    while True:
        v = main.switch(v)


g = greenlet(echo)
g.switch()
print(repr(g.switch()))
print(repr(g.switch(1)))
print(repr(g.switch(1, 2)))
print(repr(g.switch(a=1)))
print(repr(g.switch(1, b=2)))
print(repr(g.switch(None)))
print(repr(g.switch((1,))))

# starting with keyword arguments
def kw(a, b=0, **rest):
    return a, b, sorted(rest.items())

print(greenlet(kw).switch(1, b=2, c=3))

# return value goes to the parent
def child():
    return 'ret'
print(greenlet(child).switch())

# exceptions propagate to the parent
def bad():
    raise ValueError('boom')
try:
    greenlet(bad).switch()
except ValueError as e:
    print('caught', e)

# GreenletExit is returned to the parent as a value
def quits():
    raise GreenletExit('bye')
v = greenlet(quits).switch()
print(type(v).__name__, v)

# throw into a suspended greenlet
def catcher():
    try:
        main.switch('ready')
    except KeyError as e:
        print('catcher caught', repr(e))
        return 'handled'
    finally:
        print('catcher finally')

c = greenlet(catcher)
print(c.switch())
print(c.throw(KeyError, 'k'))
print(c.dead)

# throw() default is GreenletExit: the value comes back
def waiter():
    try:
        main.switch()
    finally:
        print('waiter finally')
w = greenlet(waiter)
w.switch()
r = w.throw()
print(type(r).__name__, w.dead)

# throw into a not started greenlet: run never runs
def never():
    print('not printed')
n = greenlet(never)
r = n.throw()
print(type(r).__name__, n.dead)
try:
    greenlet(never).throw(IndexError('x'))
except IndexError as e:
    print('IndexError', e)

# switching to a dead greenlet goes to its parent
print(repr(c.switch(5)))

# parent chains
def inner():
    return 'inner result'
def outer():
    i = greenlet(inner, parent=main)
    r = i.switch()
    print('outer not reached', r)
o = greenlet(outer)
print(o.switch())
print(o.dead, bool(o))

try:
    main.parent = o
except AttributeError as e:
    print('AttributeError', e)
try:
    o.parent = 1
except TypeError as e:
    print('TypeError', e)

a = greenlet(lambda: None)
b = greenlet(lambda: None, parent=a)
try:
    a.parent = b
except ValueError as e:
    print('ValueError', e)

# switch to self
print(repr(main.switch(7)))
print(repr(main.switch()))

# getcurrent inside
def who():
    return getcurrent() is me
me = greenlet(who)
print(me.switch())
print(greenlet_module.getcurrent() is main, greenlet_module.greenlet is greenlet)
print(issubclass(GreenletExit, BaseException), issubclass(greenlet_module.error, Exception))

# subclass with run
class Worker(greenlet):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def run(self):
        total = 0
        while self.n:
            total += self.parent.switch(self.n)
            self.n -= 1
        return total

wk = Worker(3)
x = wk.switch()
while not wk.dead:
    print('worker gave', x)
    x = wk.switch(x * 10)
print('total', x)

# gr_frame
def susp():
    main.switch()
sg = greenlet(susp)
print(sg.gr_frame is None)
sg.switch()
print(sg.gr_frame is not None, main.gr_frame is None)
sg.switch()
print(sg.gr_frame is None, sg.dead)

# an exception in a child whose parent is another child
def p_fn():
    try:
        k.switch()
    except ZeroDivisionError as e:
        print('parent got', type(e).__name__)
    return 'p done'
def k_fn():
    1 / 0
p = greenlet(p_fn)
k = greenlet(k_fn, parent=p)
print(p.switch())
