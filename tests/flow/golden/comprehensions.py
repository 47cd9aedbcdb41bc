# Comprehensions are functions of their own, called with the outer iterator.
def f(rows):
    return [x * y for x in rows if x for y in range(x)], {k: v for k, v in rows}
