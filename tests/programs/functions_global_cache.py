# Global and builtin names read at one site many times (what loadGlobal's cache sees):
# rebinding, deleting, shadowing a builtin, changing builtins, a growing globals dict.
import builtins

def read_x():
    return x

x = 1
print([read_x() for _ in range(3)])
x = 2
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
x = 3
print(read_x())

def use_len(s):
    return len(s)

print(use_len("abc"), use_len([1, 2]))
len = lambda s: "shadowed"
print(use_len("abc"))
del len
print(use_len("abcd"))
saved = builtins.abs
def use_abs(v):
    return abs(v)
print(use_abs(-3))
builtins.abs = lambda v: "patched"
print(use_abs(-3))
builtins.abs = saved
print(use_abs(-4))

# Many other globals added between reads (the dict grows and is rebuilt).
def read_y():
    return y
y = "y"
for i in range(100):
    globals()["g%d" % i] = i
    if read_y() != "y":
        print("wrong")
print(read_y(), g99)

