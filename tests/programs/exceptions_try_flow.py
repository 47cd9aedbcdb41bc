# try/except/else/finally: which blocks run for no error, caught error, uncaught error, return and break.
def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except ValueError")
    except (KeyError, IndexError) as e:
        log.append(f"except {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for kind in ["none", "value", "key", "return"]:
    print(kind, run(kind))
def uncaught():
    try:
        raise TypeError("t")
    except ValueError:
        print("not here")
    finally:
        print("finally runs before propagation")
try:
    uncaught()
except TypeError as e:
    print("outer caught", e)
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
