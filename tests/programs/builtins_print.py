# print(): sep, end, file (stdout and stderr), flush, no arguments, and non-str objects.
import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print()
print(1, 2.5, None, [1], (2,), {"k": "v"}, sep=" | ")
print("no newline", end="")
print(" continued")
print("to stderr", file=sys.stderr)
print("x", "y", sep="\n", end="\n\n")
print(*range(5))
print(*[], sep="x")
print("flushed", flush=True)
print("err", 2, sep="+", file=sys.stderr, end=";\n")
print(end="")
print("tab", "sep", sep="\t")
print(None, sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)
