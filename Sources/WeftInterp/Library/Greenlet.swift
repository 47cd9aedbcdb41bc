// The greenlet module (the `greenlet` package's API, §3.3.3 of the report), on the
// switching primitive of Continuations.swift. A greenlet owns a continuation; the
// module keeps its own "current" (a view, in the report's words). A greenlet's chain
// starts in _bootstrap, which runs `run` and ends by switching to the first parent not
// dead, dropping the chain. Unreferenced suspended greenlets are killed by __del__
// (the collector finds them even in a cycle with their own frames: they are queued as
// finalizable, GreenletExit is thrown in, and once dead they are freed).

let libGreenlet = #"""
import _weft_switch as _sw

__version__ = '3.1.1'

_new = _sw.new
_switch = _sw.switch
_throw = _sw.throw
_start = _sw.start
_finish = _sw.finish
_frame = _sw.frame


class error(Exception):
    pass


class GreenletExit(BaseException):
    pass


def _pack(args, kwargs):
    if kwargs:
        if args:
            return args, kwargs
        return kwargs
    if len(args) == 1:
        return args[0]
    return args


class greenlet:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._greenlet_parent = _cur[0]
        self._greenlet_cont = None
        self._greenlet_dead = False
        self._greenlet_args = None
        return self

    def __init__(self, run=None, parent=None):
        if run is not None:
            self.run = run
        if parent is not None:
            self.parent = parent

    def switch(self, *args, **kwargs):
        # (Replaced below by a native method with this as its slow path.)
        return _goto(self, args, kwargs, None, _cur[0])

    def throw(self, typ=None, val=None, tb=None):
        if typ is None:
            typ = GreenletExit
        if isinstance(typ, BaseException):
            if val is not None:
                raise TypeError('instance exception may not have a separate value')
            exc = typ
        elif isinstance(typ, type) and issubclass(typ, BaseException):
            if isinstance(val, typ):
                exc = val
            elif val is None:
                exc = typ()
            elif isinstance(val, tuple):
                exc = typ(*val)
            else:
                exc = typ(val)
        else:
            raise TypeError('exceptions must be classes, or instances, not %s' % type(typ).__name__)
        return _goto(self, (), None, exc, _cur[0])

    @property
    def dead(self):
        return self._greenlet_dead

    def __bool__(self):
        return self._greenlet_cont is not None and not self._greenlet_dead

    def _get_parent(self):
        return self._greenlet_parent

    def _set_parent(self, value):
        if self._greenlet_parent is None:
            raise AttributeError('cannot set the parent of a main greenlet')
        if not isinstance(value, greenlet):
            raise TypeError('GreenletChecker: Expected any type of greenlet, not ' + type(value).__name__)
        p = value
        while p is not None:
            if p is self:
                raise ValueError('cyclic parent chain')
            p = p._greenlet_parent
        self._greenlet_parent = value

    parent = property(_get_parent, _set_parent)

    @property
    def gr_frame(self):
        c = self._greenlet_cont
        if c is None or self._greenlet_dead or self is _cur[0]:
            return None
        return _frame(c)

    @property
    def gr_context(self):
        return None

    def __del__(self):
        if self._greenlet_cont is not None and not self._greenlet_dead and self is not _cur[0] \
                and self._greenlet_parent is not None:
            self._greenlet_parent = _cur[0]
            self.throw()

    def __repr__(self):
        if self._greenlet_parent is None:
            state = ' current active started main' if self is _cur[0] else ' suspended active started main'
        elif self._greenlet_dead:
            state = ' dead'
        elif self._greenlet_cont is None:
            state = ''
        elif self is _cur[0]:
            state = ' current active started'
        else:
            state = ' suspended active started'
        t = type(self)
        return '<%s.%s object at %#x (otid=0x1)%s>' % (t.__module__, t.__qualname__, id(self), state)

    getcurrent = staticmethod(lambda: _cur[0])


def _goto(target, args, kwargs, exc, cur):
    # Switch (from `cur`; None: the running greenlet is finished) to `target`, or to its
    # first parent not dead, starting it if needed.
    while target._greenlet_dead:
        target = target._greenlet_parent
    if target is cur:
        if exc is not None:
            raise exc
        return _pack(args, kwargs)
    save = None if cur is None else cur._greenlet_cont
    c = target._greenlet_cont
    if c is None:
        c = target._greenlet_cont = _new(target)
        target._greenlet_args = (args, kwargs, exc)
        _cur[0] = target
        return _start(save, c, _bootstrap, target)
    _cur[0] = target
    if exc is not None:
        return _throw(save, c, exc)
    return _switch(save, c, _pack(args, kwargs))


def _bootstrap(self):
    # The bottom frame of every greenlet's chain: never returns, never raises.
    args, kwargs, exc = self._greenlet_args
    self._greenlet_args = None
    result = None
    if exc is None:
        try:
            run = self.run
            if kwargs:
                result = run(*args, **kwargs)
            else:
                result = run(*args)
        except GreenletExit as e:
            result = e
        except BaseException as e:
            exc = e
    elif isinstance(exc, GreenletExit):
        result = exc
        exc = None
    self._greenlet_dead = True
    _finish(self._greenlet_cont)
    while True:
        try:
            _goto(self._greenlet_parent, (result,), None, exc, None)
        except BaseException as e:
            # (Not reached: _goto to a live parent does not come back.)
            exc = e


def getcurrent():
    return _cur[0]


def gettrace():
    return None


def settrace(callback):
    return None


_cur = [None]      # the current greenlet (a list: the native switch updates it)
_main = greenlet.__new__(greenlet)
_main._greenlet_cont = _new(_main, True)
_cur[0] = _main
_sw.install_switch(greenlet, _cur, greenlet.switch)

greenlet.GreenletExit = GreenletExit
greenlet.error = error
"""#
