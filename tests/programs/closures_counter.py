# Closures with nonlocal: counters, independent instances, shared cells between sibling closures.
def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc()
inc(5)
inc2, get2 = counter(100)
inc2()
print(get(), get2(), inc(), get())
def make_account():
    balance = 0
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
    def report():
        return balance, list(history)
    return deposit, report
d, r = make_account()
d(10)
d(-3)
print(r())
print(inc.__closure__ is not None, len(inc.__closure__), get.__code__.co_freevars)
