# Slices compiled as one instruction (getSlice/setSlice): every kind of bound and target.
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::2], l[::-1], l[-3:], l[:-3], l[5:2], l[5:2:-1], l[-100:100], l[100:], l[::-3])
print(l[2**70:], l[:2**70], l[-2**70:3], l[::2**70])
class I:
    def __index__(self): return 3
print(l[I():], l[:I()], l[::I()])
try:
    l[::0]
except ValueError as e:
    print("ValueError", e)
try:
    l["a":]
except TypeError as e:
    print("TypeError", e)
t = tuple(l); s = "abcdefghij"
print(t[1:4], s[1:4], s[::-1], t[::-2], b"abcdef"[1:3], bytearray(b"xyz")[1:])
class G:
    def __getitem__(self, k): return ("get", k.start, k.stop, k.step)
    def __setitem__(self, k, v): print("set", k, v)
g = G()
print(g[1:2], g[::3], g["a":"b"])
g[1:2] = 5
m = l[:]
m[2:4] = [20, 30, 40]; print(m)
m[:2] = (1,); print(m)
m[:] = m[::-1]; print(m)
m[1:3] = m; print(m)
m[::2] = "abcdef"[:len(m[::2])]; print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print("ValueError", e)
m[3:1] = [9]; print(m)
m[-2:] = []; print(m)
d = {}
try:
    d[1:2]
except TypeError as e:
    print("TypeError", e)
def f(x, i):
    return x[i:i + 2]
print([f(l, i) for i in range(0, 10, 3)])
class L(list): pass
ll = L([1, 2, 3]); print(ll[1:], type(ll[1:]).__name__)
ll[1:] = [7]; print(ll)
