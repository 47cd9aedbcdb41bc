# The interpreter's fast paths (range construction and iteration on small ints, list
# and tuple indexing, list stores) must agree with the general paths at their edges.
import sys

big = 2 ** 62
for args in [(5,), (0,), (-3,), (2, 9), (9, 2), (9, 2, -2), (0, 10, 3), (10, 0, -3),
             (big - 3, big + 2), (-big - 2, -big + 3), (big - 10, big, 4), (0, big, big // 2),
             (-(2 ** 62), 2 ** 62 - 1, 2 ** 61), (2 ** 62 - 1, -(2 ** 62), -(2 ** 61))]:
    r = range(*args)
    print(args, len(r), list(r)[:4], list(reversed(r))[:4], r[-1] if r else None)

print(list(reversed(range(0))), list(reversed(range(1))), list(reversed(range(5, 0, -1))))
print(sum(range(sys.maxsize - 5, sys.maxsize)), list(reversed(range(sys.maxsize - 2, sys.maxsize))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)

xs = [10, 20, 30]
t = (1, 2, 3)
for i in (0, 2, -1, -3):
    print(xs[i], t[i])
for i in (3, -4, big, -big):
    for seq in (xs, t):
        try:
            seq[i]
        except IndexError as e:
            print(type(seq).__name__, i, "IndexError", e)
xs[-1] = 99
xs[0] = 1
print(xs)
try:
    xs[3] = 0
except IndexError as e:
    print("IndexError", e)


class Loud(list):
    def __getitem__(self, i):
        return ("get", i)

    def __setitem__(self, i, v):
        print("set", i, v)


class LoudTuple(tuple):
    def __getitem__(self, i):
        return ("tget", i)


l = Loud([1, 2, 3])
print(l[0], l[-1])
l[1] = 5
l[0:1] = [9]
print(list(l), LoudTuple((4, 5))[0])
xs[0:2] = (7, 8, 9)
xs[::2] = "ab"
xs[-1:] = []
print(xs)
try:
    xs[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    xs["a"] = 1
except TypeError as e:
    print("TypeError", e)
print([0, 1, 2][True], (7, 8)[False])

# set() and frozenset() of a generator (the prelude's loop, without the other checks).
class H:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return self.k % 3

    def __eq__(self, other):
        return isinstance(other, H) and self.k == other.k

    def __repr__(self):
        return "H(%d)" % self.k


print(sorted(set(x % 4 for x in range(10))), frozenset(c for c in "abca") == frozenset("abc"))
print(sorted(set(H(k) for k in (1, 4, 1, 7, 4)), key=lambda h: h.k), type(frozenset(x for x in ())).__name__)
try:
    set([x] for x in range(2))
except TypeError as e:
    print("TypeError", e)
