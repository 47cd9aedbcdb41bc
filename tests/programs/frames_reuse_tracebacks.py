# Frames kept by tracebacks stay what they were after their function returns and
# others run (frame reuse must not take them).
def f(x):
    y = x * 2
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
def g(a, b):
    return a + b
e = f(21)
tb = e.__traceback__
for i in range(5):
    g(i, i)
    e2 = f(i)
fr = tb.tb_frame
print(fr.f_code.co_name, tb.tb_lineno, fr.f_lineno)
def h():
    def inner():
        raise ValueError("x")
    try:
        inner()
    except ValueError as ex:
        return ex
ex = h()
for i in range(3): g(1, 2)
t = ex.__traceback__
names = []
while t is not None:
    names.append(t.tb_frame.f_code.co_name)
    t = t.tb_next
print(names)
import sys
def deep(n):
    if n == 0:
        return sys.exc_info()
    return deep(n - 1)
try:
    raise KeyError(1)
except KeyError:
    info = deep(3)
print(info[0].__name__, info[2].tb_frame.f_code.co_name)
