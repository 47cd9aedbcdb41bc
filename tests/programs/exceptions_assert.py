# assert statements: passing, failing with and without messages, messages evaluated lazily.
assert True
assert 1 == 1, "never shown"
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
calls = []
def msg():
    calls.append(1)
    return "message"
assert 1, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
