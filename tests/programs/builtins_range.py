# range: steps, negatives, len, indexing, slicing (returns range), containment, equality, reversed, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], list(r[::-1]), 8 in r, 9 in r, r.index(11), r.count(5))
print(list(range(5)), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(3, 3)), len(range(10, 0)), range(0))
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 5), range(3) == range(0, 3, 1), list(reversed(range(1, 7, 2))))
print(range(10 ** 20)[10 ** 19], range(0, 10 ** 20, 7)[-1], 10 ** 19 in range(0, 10 ** 20, 2), r.start, r.stop, r.step)
try:
    len(range(0, 10 ** 20, 7))
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r.index(4)
except ValueError as e:
    print("ValueError:", e)
print(sum(range(101)), max(range(-5, 5)), list(range(-3, 3))[::2], hash(range(3)) == hash(range(0, 3)))
