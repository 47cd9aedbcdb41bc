# Under --max-heap=32M, a dict growing without bound raises MemoryError; the dict keeps its entries so far.
# weft-options: --max-heap=32M
# Expected output written by hand: CPython has no heap limit.
d = {}
try:
    i = 0
    while True:
        d[i] = str(i) * 10
        i += 1
except MemoryError:
    # Allocate nothing until the dict is cleared: the heap is full here.
    many = len(d) > 1000
    consistent = len(d[len(d) - 1]) >= 10 and (len(d) - 1) in d
    d.clear()
    print("entries before MemoryError > 1000:", many, "consistent:", consistent)
print("cleared", len(d))
