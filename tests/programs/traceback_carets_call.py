# Carets for a failing call expression (a TypeError from calling with wrong arguments).
def takes_two(a, b):
    return a + b
def wrapper():
    return takes_two(1, 2) + takes_two(3)
wrapper()
