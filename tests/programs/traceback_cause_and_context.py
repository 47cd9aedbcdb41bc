# An exception with both a cause and a context: the cause is shown, the context is not.
try:
    raise KeyError("context")
except KeyError:
    try:
        raise OSError("cause")
    except OSError as c:
        raise RuntimeError("final") from c
