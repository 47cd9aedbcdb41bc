# An exception raised while handling another: both tracebacks joined by "During handling of the above exception...".
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"bad key {k!r}")
lookup({"a": 1}, "b")
