# Global stores through the site cache: rebinding, deleting from globals(), the dict resized; str indexing.
X = 1
def f():
    global X, Y
    for i in range(5):
        X = X + i
        Y = i
    return X, Y
print(f(), X, Y)
g = globals()
del g["Y"]
print(f(), "Y" in g)
for k in range(20): g["k%d" % k] = k   # resize the globals dict
print(f(), X)
s = "hello"
print(s[1], s[-1], "é"[0], "aé"[1])
try: s[9]
except IndexError as e: print(e)
