# Under --max-heap=64M, one allocation bigger than the heap raises MemoryError at once; small ones still work.
# weft-options: --max-heap=64M
# Expected output written by hand: CPython has no heap limit.
try:
    s = "x" * (200 * 1024 * 1024)
except MemoryError as e:
    print("str: MemoryError", e.args)
try:
    l = [None] * (50 * 1024 * 1024)
except MemoryError:
    print("list: MemoryError")
try:
    b = bytes(100 * 1024 * 1024)
except MemoryError:
    print("bytes: MemoryError")
small = "y" * 1000
print(len(small), isinstance(MemoryError(), Exception))
