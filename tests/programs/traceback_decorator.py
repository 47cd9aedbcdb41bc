# A traceback through decorator wrapper frames.
def logged(f):
    def wrapper(*args):
        return f(*args)
    return wrapper
@logged
def divide(a, b):
    return a // b
@logged
def average(xs):
    return divide(sum(xs), len(xs))
print(average([1, 2, 3]))
average([])
