# open(): text and binary files, reading, writing, appending, iteration, seek/tell,
# universal newlines, encodings, errors. Files go to /tmp under a random name.
import random

base = "/tmp/weft_io_files_%x" % random.getrandbits(64)
path = base + ".txt"
with open(path, "w") as f:
    print(f.write("héllo\nwörld\r\nlast"), f.closed, f.mode, f.name == path)
    f.writelines(["a\n", "b\n"])
print(f.closed)
with open(path) as f:
    print(f.readline(), end="")
    print(repr(f.read(3)))
    for line in f:
        print(repr(line))
with open(path, "rb") as f:
    data = f.read()
    print(data, len(data), f.tell())
    f.seek(1)
    print(f.read(4), f.readline(), f.readlines())
with open(path, "a") as f:
    f.write("appended\n")
print(open(path).read().splitlines())
print(repr(open(path, newline="").read().splitlines(True)[1]))
with open(path, "r+") as f:
    f.write("J")
    f.seek(0)
    print(f.readline(), end="")
try:
    open(base + "/nonexistent")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError))
try:
    open("/tmp", "r")
except OSError as e:
    print(type(e).__name__)
try:
    open(base + ".new", "x").close()
    open(base + ".new", "x")
except FileExistsError as e:
    print(type(e).__name__)
for mode in ("rw", "rr", "z", "rbt"):
    try:
        open(path, mode)
    except ValueError as e:
        print(mode, e)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
with open(path, "wb") as f:
    for i in range(3000):
        f.write(bytes([i % 256]) * 7)
    try:
        f.write("text")
    except TypeError as e:
        print(e)
with open(path, "rb") as f:
    d = f.read()
    print(len(d), d[:10], d[-3:])
print(type(f).__name__, f.closed)
with open(path, "w", encoding="utf-8") as f:
    f.write("ü" * 5000 + "\n" + "€x" * 3000)
with open(path, encoding="utf-8") as f:
    lines = f.readlines()
    print(len(lines), len(lines[0]), len(lines[1]), lines[1][:4])
with open(path, "w", encoding="latin-1") as f:
    f.write("café\n")
print(open(path, "rb").read(), open(path, encoding="latin-1").read(), end="")
try:
    open(path, encoding="utf-8").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
print(type(open(path)).__name__, type(open(path, "rb")).__name__, type(open(path, "wb")).__name__,
      type(open(path, "r+b")).__name__)
