# with: __enter__ and __exit__ looked up first, __exit__ called on every way out.
def f(path):
    with open(path) as fh:
        return fh.read()
