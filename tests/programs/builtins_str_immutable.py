# str indexing and iteration, and the errors for out-of-range indexes and item assignment.
s = "héllo"
print([c for c in s], s[0], s[-1], s[1], list(enumerate(s))[:2], list(reversed(s)))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
t = s
s += "!"
print(s, t)
