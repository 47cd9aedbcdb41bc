// The stackless module (§3.3.1, §3.3.2, §3.3.6 of the report; Stackless Python's API) on
// the switching primitive of Continuations.swift, written in Python: coroutines in views
// (usercostate; the module's own coroutine class lives in a default view), tasklets with
// a round-robin scheduler of their own, and channels. docs/stackless.md has the API and
// where it departs from PyPy's stackless.py (the oracle of the tests).

let libStackless = #"""
import _weft_switch as _sw
import _weft_sched as _sch

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


# The scheduler and channel operations are native (Scheduler.swift): the runnable
# tasklets are a ring linked through the tasklets' _next/_prev, the current one at its
# head while it is runnable; a channel's waiting tasklets a ring of the same links.
_getcurrent = _sch.getcurrent
_switch_to = _sch.switch_to
_runnable = _sch.runnable
_ring_append = _sch.ring_append
_ring_discard = _sch.ring_discard
_unblock = _sch.unblock
_next_tasklet = _sch.next_tasklet
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
        if _runnable(self):
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
        _ring_append(self)
        return self

    @property
    def alive(self):
        if self is _main:
            return True
        c = self._cont
        return c is not None and _state(c) != _DEAD

    @property
    def scheduled(self):
        return self.blocked != 0 or _runnable(self)

    @property
    def paused(self):
        return self.alive and not self.scheduled

    @property
    def is_main(self):
        return self is _main

    @property
    def is_current(self):
        return self is _getcurrent()

    def insert(self):
        if self.blocked:
            raise RuntimeError('You cannot run a blocked tasklet')
        if not self.alive or self._cont is None and self is not _main:
            raise RuntimeError('You cannot run an unbound(dead) tasklet')
        _ring_append(self)

    def remove(self):
        if self.blocked:
            raise RuntimeError('You cannot remove a blocked tasklet.')
        if self is _getcurrent():
            raise RuntimeError('The current tasklet cannot be removed.')
        _ring_discard(self)
        return self

    def run(self):
        self.insert()
        if self is _getcurrent():
            return
        # this tasklet first; the current one stays runnable
        _sch.ring_head(self)
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
        if self is _getcurrent():
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
        _ring_discard(self)
        _sch.ring_head(self)
        _switch_to(self, exc)

    def __repr__(self):
        global _next_id
        if '_id' not in self.__dict__:
            self._id = _next_id
            _next_id += 1
        return '<tasklet[%s, %d]>' % (self.label, self._id)


def _unschedule(t):
    _unblock(t)
    _ring_discard(t)


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
    _unschedule(self)
    _finish(self._cont)
    if exc is not None:
        # an exception leaving a tasklet goes to the main tasklet
        target = _main
        if _main in _run_calls:
            _run_calls.remove(_main)
        _unblock(_main)
        if not _runnable(_main):
            _sch.ring_head(_main)
    else:
        target = _next_tasklet()
        if target is None:
            # only the main tasklet is left, blocked on a channel: it cannot go on
            target = _main
            _unblock(_main)
            _ring_append(_main)
            exc = RuntimeError(_DEADLOCK)
    _sch.end_in(target, exc)


getcurrent = _getcurrent
getmain = _sch.getmain
getruncount = _sch.getruncount
schedule = _sch.schedule


def schedule_remove(retval=None):
    cur = _getcurrent()
    if retval is None:
        retval = cur
    _ring_discard(cur)
    t = _next_tasklet()
    if t is None:
        _ring_append(cur)
        raise RuntimeError(_DEADLOCK)
    _switch_to(t)
    return retval


def run(timeout=0, threadblock=False, soft=False, ignore_nesting=False, totaltimeout=False):
    cur = _getcurrent()
    _ring_discard(cur)
    _run_calls.append(cur)
    t = _next_tasklet()
    if t is not cur:
        _switch_to(t)
    # back: every other tasklet finished or is blocked
    if cur in _run_calls:
        _run_calls.remove(cur)
    if not _runnable(cur):
        _sch.ring_head(cur)


class channel:
    # send and receive are native (Scheduler.swift); the slots set here are the ones
    # they use.
    __slots__ = ('_balance', '_head', 'preference', 'schedule_all', 'closing', 'label', '__dict__')

    def __init__(self, label=''):
        self._balance = 0
        self._head = None
        self.preference = -1
        self.schedule_all = False
        self.closing = False
        self.label = label

    @property
    def balance(self):
        return self._balance

    @property
    def queue(self):
        return self._head

    @property
    def closed(self):
        return self.closing and self._balance == 0

    def close(self):
        self.closing = True

    def open(self):
        self.closing = False

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
_sch.install(channel, _main, _run_calls, _tasklet_bootstrap, bomb)


def __getattr__(name):
    if name == 'current':
        return _getcurrent()
    if name == 'main':
        return _main
    if name == 'runcount':
        return _sch.getruncount()
    raise AttributeError("module 'stackless' has no attribute '%s'" % name)
"""#
