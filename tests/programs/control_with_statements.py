# with statements: several managers and nesting, exit order, exceptions in __enter__ and __exit__.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else "-")
        return False
with CM("a"), CM("b"), CM("c"):
    print("body")
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("never")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("outer"):
        with CM("inner"):
            raise ValueError("deep")
except ValueError:
    print("propagated")
class BadExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with BadExit():
        raise ValueError("original")
except KeyError as e:
    print("KeyError wins:", e, "| context:", repr(e.__context__))
