# Building strings in loops: += , join, and repeated slicing on a 20,000-character string.
s = ""
for i in range(2000):
    s += str(i % 10)
print(len(s), s[:20], s[-5:])
parts = []
for i in range(2000):
    parts.append(chr(ord("a") + i % 26))
t = "".join(parts)
print(len(t), t[:30], t.count("a"))
u = t * 10
print(len(u), u.find("zab"), u.rfind("xyz"), u[::997][:10])
words = " ".join(t[i:i + 5] for i in range(0, 100, 5))
print(words)
