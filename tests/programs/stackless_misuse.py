# expected-output: hand-written
# Misuse of the switching primitive and of the layers raises Python exceptions; Weft
# does not crash. (_weft_switch exists only in Weft: the expectation is hand-written.)
import _weft_switch as sw
from greenlet import greenlet, getcurrent
import stackless


def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, 'ok', r if r is None or isinstance(r, (int, str)) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


main = sw.new(None, True)
other = sw.new(None)
attempt('switch to a new one', sw.switch, main, other, 1)
attempt('save into a new one', sw.switch, other, main, 1)
attempt('switch to the running one', sw.switch, None, main, 1)
attempt('not a continuation', sw.switch, main, 5, 1)
attempt('start a builtin', sw.start, main, other, len, 1)
def gen(x):
    yield x
attempt('start a generator function', sw.start, main, other, gen, 1)
attempt('throw a non-exception', sw.throw, main, other, 5)
attempt('finish a new one', sw.finish, other)
attempt('state', sw.state, other)
attempt('frame of a new one', sw.frame, other)
attempt('wrong count', sw.switch, main)

# a greenlet switching to a greenlet running in another view
def inner():
    return getcurrent().parent.switch('x')
g = greenlet(inner)
print(g.switch())
attempt('throw a non-exception into a greenlet', g.throw, 5)
attempt('throw a string', g.throw, 'boom')
print(g.throw(GeneratorExit) if False else 'skip')

# tasklets
t = stackless.tasklet()
attempt('setup without a function', t.setup)
attempt('bind a non-callable', t.bind, 5)
attempt('insert an unbound tasklet', t.insert)
attempt('remove the current tasklet', stackless.getcurrent().remove)
c = stackless.coroutine()
attempt('bind a non-callable coroutine', c.bind, 5)
attempt('throw into a coroutine not suspended', c.throw, ValueError)
attempt('schedule with nothing else', stackless.schedule)
attempt('schedule_remove with nothing else', stackless.schedule_remove)
print(stackless.getruncount())
print('end')
