# functools: lru_cache (bounded, unbounded, maxsize=0, typed, keywords), cache, cache_info/clear
from functools import lru_cache, cache

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info())

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 1, 3, 2, 1, 1, 4]:
    sq(x)
print(calls, sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), info == (3, 5, 2, 2))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)

@lru_cache(maxsize=None)
def ident(*args, **kwargs):
    calls.append((args, kwargs))
    return len(calls)
calls = []
print(ident(1), ident(1), ident(1.0), ident(x=1), ident(x=1), ident(1, x=1), ident(1, x=1))
print(ident.cache_info(), ident.cache_parameters())
print(ident(x=1, y=2), ident(y=2, x=1), ident.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x + 1
print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return repr(x)
calls = []
print(typed(1), typed(1.0), typed(True), typed(1), calls, typed.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg(1), neg.cache_info())

show('bad maxsize', lambda: lru_cache('x'))
show('bad maxsize float', lambda: lru_cache(1.5))
show('unhashable', lambda: ident([1]))

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())
print(fact(25), fact.cache_info())

class Obj:
    def __init__(self):
        self.n = 0
    @lru_cache(maxsize=4)
    def method(self, x):
        self.n += 1
        return x * 2
o = Obj()
print(o.method(2), o.method(2), o.method(3), o.n, Obj.method.cache_info())

@lru_cache(maxsize=3)
def boom(x):
    if x < 0:
        raise ValueError('negative')
    return x
show('boom', lambda: boom(-1))
print(boom(1), boom.cache_info())

# LRU order: the least recently used entry is evicted
calls = []
@lru_cache(maxsize=3)
def lru(x):
    calls.append(x)
    return x
for x in [1, 2, 3, 1, 4, 2, 3, 1]:
    lru(x)
print(calls, lru.cache_info())
