# list slicing: get, set (growing, shrinking, extended), delete, negative steps, and the size error.
l = list(range(10))
print(l[2:7], l[-3:], l[::3], l[::-1], l[7:2:-2], l[-100:100], l[5:1], l[::-4])
m = l[:]
m[2:5] = ["a", "b"]
print(m)
m[1:1] = [True, False]
print(m)
m[::2] = list("vwxyzuts")[:len(m[::2])]
print(m)
del m[::3]
print(m)
del m[1:3]
print(m)
m[-1:] = []
print(m)
n = list(range(6))
n[4:1:-1] = "xyz"
print(n)
try:
    n[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
n[:] = range(3)
print(n, l[slice(1, 8, 3)], l[slice(None, None, -5)])
try:
    l[::0]
except ValueError as e:
    print("ValueError:", e)
