# raise ... from None: only the last exception's traceback is printed.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"missing {k}") from None
get({}, "x")
