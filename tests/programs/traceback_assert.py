# An uncaught AssertionError with a message.
def check(xs):
    assert len(xs) > 2, f"need more than 2 items, got {len(xs)}"
check([1, 2, 3])
check([1])
