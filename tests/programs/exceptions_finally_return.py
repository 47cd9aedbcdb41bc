# return/break/continue in finally override the pending return or exception.
def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i
def order():
    log = []
    try:
        try:
            return log.append("inner try") or "value"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
        print(log)
print(f(), g(), h(), order())
def finally_value():
    x = 1
    try:
        return x
    finally:
        x = 2
print(finally_value())
