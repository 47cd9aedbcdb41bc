// The stackless module (§3.3.1, §3.3.2, §3.3.6 of the report; Stackless Python's API) on
// the switching primitive of Continuations.swift, written in Python: coroutines in views
// (usercostate; the module's own coroutine class lives in a default view), tasklets with
// a round-robin scheduler of their own, and channels. docs/stackless.md has the API and
// where it departs from PyPy's stackless.py (the oracle of the tests).

let libStackless = #"""
import _weft_switch as _sw

_new = _sw.new
_switch = _sw.switch
_throw = _sw.throw
_start = _sw.start
_finish = _sw.finish
_state = _sw.state
stack_frames_depth = _sw.stack_frames_depth
stack_unwind = _sw.stack_unwind
yield_current_frame_to_caller = _sw.yield_current_frame_to_caller

_NEW, _SUSPENDED, _RUNNING, _DEAD = 0, 1, 2, 3


class TaskletExit(SystemExit):
    pass


CoroutineExit = TaskletExit
_default_view = None


# ____________________________________________________________ coroutines and views

class usercostate:
    """A view: its own main coroutine, its own current one (§3.3.6). Switching to a
    coroutine switches away from the current coroutine of the same view."""

    def __init__(self):
        main = coroutine.__new__(coroutine)
        main._view = self
        main._cont = _new(main, True)
        main._call = None
        main._is_main = True
        main._killer = None
        self.main = main
        self.current = main

    def getcurrent(self):
        return self.current

    def getmain(self):
        return self.main

    def newcoroutine(self, cls=None):
        if cls is None:
            cls = coroutine
        c = cls.__new__(cls)
        c._view = self
        c.__init__()
        return c


class coroutine:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._view = _default_view
        self._cont = None
        self._call = None
        self._is_main = False
        self._killer = None
        return self

    def __init__(self):
        pass

    def bind(self, func, *args, **kwargs):
        if self.is_alive:
            raise ValueError('cannot bind a bound coroutine')
        if not callable(func):
            raise TypeError('coroutine function must be callable')
        self._call = (func, args, kwargs)
        self._cont = _new(self)

    def switch(self):
        view = self._view
        cur = view.current
        c = self._cont
        if self is cur or c is None:
            return None
        st = _state(c)
        if st == _SUSPENDED:
            view.current = self
            _switch(cur._cont, c, None)
        elif st == _NEW:
            view.current = self
            _start(cur._cont, c, _coroutine_bootstrap, self)
        return None

    def kill(self):
        view = self._view
        cur = view.current
        if self is cur:
            raise CoroutineExit()
        c = self._cont
        if c is None:
            return None
        st = _state(c)
        if st == _NEW:
            # never ran: nothing to unwind
            self._cont = None
            self._call = None
        elif st == _SUSPENDED:
            self._killer = cur
            view.current = self
            _throw(cur._cont, c, CoroutineExit())
        return None

    def throw(self, exc):
        """Raise exc (an exception instance or class) in the coroutine."""
        if isinstance(exc, type):
            exc = exc()
        view = self._view
        cur = view.current
        if self is cur:
            raise exc
        c = self._cont
        if c is None or _state(c) != _SUSPENDED:
            raise ValueError('cannot throw into a coroutine that is not suspended')
        view.current = self
        _throw(cur._cont, c, exc)

    @property
    def is_alive(self):
        if self._is_main:
            return True
        c = self._cont
        return c is not None and _state(c) != _DEAD

    @property
    def is_zombie(self):
        return False

    @staticmethod
    def getcurrent():
        return _default_view.current

    @staticmethod
    def getmain():
        return _default_view.main


def _run_bound(self):
    # Calls what self is bound to; the exception that ended it, if not TaskletExit.
    func, args, kwargs = self._call
    self._call = None
    try:
        func(*args, **kwargs)
    except TaskletExit:
        pass
    except BaseException as e:
        return e
    return None


def _coroutine_bootstrap(self):
    # The bottom frame of every coroutine's chain: never returns, never raises. When the
    # bound function ends, the coroutine's view goes on in its main coroutine (as PyPy's
    # stackless does); after kill(), in the coroutine that killed it.
    exc = _run_bound(self)
    view = self._view
    target = self._killer
    self._killer = None
    if target is None or not target.is_alive or _state(target._cont) != _SUSPENDED:
        target = view.main
    cont = self._cont
    self._cont = None
    _finish(cont)
    view.current = target
    if exc is not None:
        _throw(None, target._cont, exc)
    _switch(None, target._cont, None)


_default_view = usercostate()


# ____________________________________________________________ tasklets

class bomb:
    def __init__(self, exc):
        self.exc = exc


class _Ring:
    """The runnable tasklets: a ring linked through the tasklets (as Stackless does),
    its head first; the current tasklet is the head while it is runnable."""

    def __init__(self):
        self.head = None
        self.count = 0

    def __len__(self):
        return self.count

    def __bool__(self):
        return self.count != 0

    def __contains__(self, t):
        return t._next is not None

    def __getitem__(self, i):
        if self.head is None:
            raise IndexError('empty')
        return self.head

    def append(self, t):
        h = self.head
        if h is None:
            t._next = t._prev = t
            self.head = t
        else:
            last = h._prev
            t._prev = last
            t._next = h
            last._next = t
            h._prev = t
        self.count += 1

    def appendleft(self, t):
        self.append(t)
        self.head = t

    def remove(self, t):
        n = t._next
        if n is None:
            raise ValueError('not in the ring')
        if n is t:
            self.head = None
        else:
            p = t._prev
            p._next = n
            n._prev = p
            if self.head is t:
                self.head = n
        t._next = t._prev = None
        self.count -= 1

    def discard(self, t):
        if t._next is not None:
            self.remove(t)

    def popleft(self):
        t = self.head
        self.remove(t)
        return t

    def rotate(self, n):
        # (only rotate(-1): the head moves to the end)
        self.head = self.head._next


_runnables = _Ring()    # the current tasklet first, when it is runnable
_run_calls = []         # tasklets inside run(), waiting for the scheduler to be idle
_next_id = 0
_DEADLOCK = 'Deadlock: the last runnable tasklet cannot be blocked.'


class tasklet:
    __slots__ = ('_cont', '_call', 'func', 'blocked', 'tempval', '_channel', '_next', '_prev', '__dict__')
    label = ''

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._cont = None
        self._call = None
        self.func = None
        self.blocked = 0
        self.tempval = None
        self._channel = None
        self._next = self._prev = None
        return self

    def __init__(self, func=None, args=None, kwargs=None):
        if func is not None:
            self.bind(func, args, kwargs)

    def bind(self, func=None, args=None, kwargs=None):
        if self._cont is not None and _state(self._cont) != _NEW and self.alive:
            raise RuntimeError("tasklet is already bound to a frame")
        if func is not None and not callable(func):
            raise TypeError('tasklet function must be a callable')
        if self in _runnables:
            raise RuntimeError("cannot bind a scheduled tasklet")
        self.func = func
        if args is not None or kwargs is not None:
            self._call = (func, args or (), kwargs or None)
            self._cont = _new(self)
        else:
            self._call = None
            self._cont = None
        return self

    def __call__(self, *args, **kwargs):
        return self.setup(*args, **kwargs)

    def setup(self, *args, **kwargs):
        if self.func is None:
            raise TypeError('cframe function must be callable')
        if self._cont is not None and _state(self._cont) != _NEW:
            raise RuntimeError("tasklet is already bound to a frame")
        self._call = (self.func, args, kwargs or None)
        self._cont = _new(self)
        _runnables.append(self)
        return self

    @property
    def alive(self):
        if self is _main:
            return True
        c = self._cont
        return c is not None and _state(c) != _DEAD

    @property
    def scheduled(self):
        return self.blocked != 0 or self in _runnables

    @property
    def paused(self):
        return self.alive and not self.scheduled

    @property
    def is_main(self):
        return self is _main

    @property
    def is_current(self):
        return self is _current

    def insert(self):
        if self.blocked:
            raise RuntimeError('You cannot run a blocked tasklet')
        if not self.alive or self._cont is None and self is not _main:
            raise RuntimeError('You cannot run an unbound(dead) tasklet')
        if self not in _runnables:
            _runnables.append(self)

    def remove(self):
        if self.blocked:
            raise RuntimeError('You cannot remove a blocked tasklet.')
        if self is _current:
            raise RuntimeError('The current tasklet cannot be removed.')
        _runnables.discard(self)
        return self

    def run(self):
        self.insert()
        if self is _current:
            return
        # rotate so that this tasklet is first; the current one stays runnable
        while _runnables[0] is not self:
            _runnables.rotate(-1)
        _switch_to(self)

    def switch(self):
        self.run()

    def kill(self, pending=False):
        if not self.alive:
            return None
        return self.raise_exception(TaskletExit)

    def throw(self, exc=None, val=None, tb=None, pending=False):
        if exc is None:
            exc = TaskletExit
        return self.raise_exception(exc, *(() if val is None else (val,)))

    def raise_exception(self, exc_class, *args):
        if isinstance(exc_class, BaseException):
            exc = exc_class
        else:
            exc = exc_class(*args)
        if self is _current:
            raise exc
        if not self.alive:
            raise RuntimeError('You cannot raise an exception in a dead tasklet')
        if _state(self._cont) == _NEW:
            # never ran: it dies at once (Stackless runs nothing of it)
            _unschedule(self)
            self._cont = None
            self._call = None
            if isinstance(exc, TaskletExit):
                return None
            raise exc
        _unblock(self)
        _runnables.discard(self)
        _runnables.appendleft(self)
        _switch_to(self, exc)

    def __repr__(self):
        global _next_id
        if '_id' not in self.__dict__:
            self._id = _next_id
            _next_id += 1
        return '<tasklet[%s, %d]>' % (self.label, self._id)


def _unschedule(t):
    _unblock(t)
    _runnables.discard(t)


def _unblock(t):
    ch = t._channel
    if ch is not None:
        ch._queue.remove(t)
        ch._balance -= t.blocked
        t.blocked = 0
        t._channel = None


def _switch_to(t, exc=None):
    # Make tasklet t current; the current tasklet's chain is saved (it resumes here).
    global _current
    cur = _current
    if t is cur:
        if exc is not None:
            raise exc
        return
    _current = t
    c = t._cont
    if _state(c) == _NEW:
        _start(cur._cont, c, _tasklet_bootstrap, t)
    elif exc is not None:
        _throw(cur._cont, c, exc)
    else:
        _switch(cur._cont, c, None)


def _next_tasklet():
    # The tasklet to run when the current one blocks or ends, or None.
    if _runnables:
        return _runnables[0]
    if _run_calls:
        t = _run_calls.pop()
        _runnables.append(t)
        return t
    return None


def _next_or_deadlock(cur):
    # The tasklet to run instead of cur, which is about to wait; RuntimeError if none.
    t = _next_tasklet()
    if t is None:
        _runnables.appendleft(cur)
        raise RuntimeError(_DEADLOCK)
    return t


def _tasklet_bootstrap(self):
    # The bottom frame of every tasklet (kept small: it is in every suspended tasklet).
    call = self._call
    self._call = None
    try:
        if call[2] is None:
            call[0](*call[1])
        else:
            call[0](*call[1], **call[2])
    except TaskletExit:
        pass
    except BaseException as e:
        _tasklet_end(self, e)
    _tasklet_end(self, None)


def _tasklet_end(self, exc):
    # A tasklet's function ended (with exc, if not None): go on in the next tasklet.
    global _current
    _unschedule(self)
    cont = self._cont
    _finish(cont)
    if exc is not None:
        # an exception leaving a tasklet goes to the main tasklet
        target = _main
        if _main in _run_calls:
            _run_calls.remove(_main)
        _unblock(_main)
        if _main not in _runnables:
            _runnables.appendleft(_main)
    else:
        target = _next_tasklet()
        if target is None:
            # only the main tasklet is left, blocked on a channel: it cannot go on
            target = _main
            _unblock(_main)
            _runnables.append(_main)
            exc = RuntimeError(_DEADLOCK)
    _current = target
    c = target._cont
    if _state(c) == _NEW:
        _start(None, c, _tasklet_bootstrap, target)
    if exc is not None:
        _throw(None, c, exc)
    _switch(None, c, None)


def getcurrent():
    return _current


def getmain():
    return _main


def getruncount():
    return len(_runnables)


def schedule(retval=None):
    cur = _current
    if retval is None:
        retval = cur
    if _runnables and _runnables[0] is cur:
        _runnables.rotate(-1)
    t = _next_tasklet()
    if t is not None and t is not cur:
        _switch_to(t)
    return retval


def schedule_remove(retval=None):
    cur = _current
    if retval is None:
        retval = cur
    _runnables.discard(cur)
    t = _next_tasklet()
    if t is None:
        _runnables.append(cur)
        raise RuntimeError(_DEADLOCK)
    _switch_to(t)
    return retval


def run(timeout=0, threadblock=False, soft=False, ignore_nesting=False, totaltimeout=False):
    cur = _current
    _runnables.discard(cur)
    _run_calls.append(cur)
    t = _next_tasklet()
    if t is not cur:
        _switch_to(t)
    # back: every other tasklet finished or is blocked
    if cur in _run_calls:
        _run_calls.remove(cur)
    if cur not in _runnables:
        _runnables.appendleft(cur)


def _block(ch, direction):
    # The current tasklet waits on channel ch (direction 1: sending, -1: receiving).
    global _current
    cur = _current
    r = _runnables
    if cur._next is not None:
        r.remove(cur)
    t = r.head
    if t is None:
        t = _next_or_deadlock(cur)
    cur.blocked = direction
    cur._channel = ch
    ch._queue.append(cur)
    ch._balance += direction
    _current = t
    c = t._cont
    if _state(c) == _NEW:
        _start(cur._cont, c, _tasklet_bootstrap, t)
    else:
        _switch(cur._cont, c, None)


def _set_current(t):
    global _current
    _current = t


def _hand_over(cur, t):
    # Tasklet t, just taken off a channel, runs now; the current one stays runnable,
    # after all the others.
    global _current
    r = _runnables
    h = r.head
    if h is cur:
        h = cur._next
    if h is None:
        t._next = t._prev = t
    else:
        last = h._prev
        t._prev = last
        t._next = h
        last._next = t
        h._prev = t
    r.head = t
    r.count += 1
    _current = t
    _switch(cur._cont, t._cont, None)


class channel:
    def __init__(self, label=''):
        self._balance = 0
        self._queue = []
        self.preference = -1
        self.schedule_all = False
        self.closing = False
        self.label = label

    @property
    def balance(self):
        return self._balance

    @property
    def queue(self):
        return self._queue[0] if self._queue else None

    @property
    def closed(self):
        return self.closing and self._balance == 0

    def close(self):
        self.closing = True

    def open(self):
        self.closing = False

    def send(self, value):
        cur = _current
        if self._balance < 0:
            t = self._queue.pop(0)
            self._balance += 1
            t.blocked = 0
            t._channel = None
            t.tempval = value
            if self.preference < 0 or self.schedule_all:
                # prefer the receiver: it runs now, the sender goes after the others
                _hand_over(cur, t)
            else:
                _runnables.append(t)
            return None
        if self.closing:
            raise ValueError('Send/receive operation on a closed channel')
        cur.tempval = value
        _block(self, 1)
        return None

    def receive(self):
        cur = _current
        if self._balance > 0:
            value = self._take(cur)
        else:
            # wait (as _block does, inline: one frame less in every waiting tasklet)
            if self.closing:
                raise ValueError('Send/receive operation on a closed channel')
            r = _runnables
            if cur._next is not None:
                r.remove(cur)
            t = r.head
            if t is None:
                t = _next_or_deadlock(cur)
            cur.blocked = -1
            cur._channel = self
            self._queue.append(cur)
            self._balance -= 1
            _set_current(t)
            c = t._cont
            if _state(c) == _NEW:
                _start(cur._cont, c, _tasklet_bootstrap, t)
            else:
                _switch(cur._cont, c, None)
            value = cur.tempval
            cur.tempval = None
        if value.__class__ is bomb:
            raise value.exc
        return value

    def _take(self, cur):
        # receive from the first waiting sender
        t = self._queue.pop(0)
        self._balance -= 1
        t.blocked = 0
        t._channel = None
        value = t.tempval
        t.tempval = None
        if self.preference > 0 or self.schedule_all:
            _hand_over(cur, t)
        else:
            _runnables.append(t)
        return value

    def send_exception(self, exc_class, *args):
        return self.send(bomb(exc_class(*args)))

    def send_throw(self, exc, val=None, tb=None):
        if isinstance(exc, BaseException):
            return self.send(bomb(exc))
        return self.send(bomb(exc() if val is None else exc(val)))

    def send_sequence(self, iterable):
        n = 0
        for item in iterable:
            self.send(item)
            n += 1
        return n

    def __iter__(self):
        return self

    def __next__(self):
        if self.closing and self._balance == 0:
            raise StopIteration
        return self.receive()

    def __repr__(self):
        return '<channel[%s] balance=%d>' % (self.label, self._balance)


_main = tasklet.__new__(tasklet)
_main._cont = _new(_main, True)
_main.label = 'main'
_current = _main
_runnables.append(_main)


def __getattr__(name):
    if name == 'current':
        return _current
    if name == 'main':
        return _main
    if name == 'runcount':
        return len(_runnables)
    raise AttributeError("module 'stackless' has no attribute '%s'" % name)
"""#
