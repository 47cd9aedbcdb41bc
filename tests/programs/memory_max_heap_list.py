# Under --max-heap=64M, growing a list of big lists ends in MemoryError, which can be caught; memory is then reusable.
# weft-options: --max-heap=64M
# Expected output written by hand: CPython has no heap limit (it would exhaust the machine instead).
import gc
chunks = []
try:
    while True:
        chunks.append([0] * 100_000)
except MemoryError:
    count = len(chunks)
    chunks = None
    gc.collect()
    print("MemoryError caught; more than 10 chunks fitted:", count > 10, "; fewer than 200:", count < 200)
again = [[i] * 100_000 for i in range(20)]
print("allocated again:", len(again), sum(len(c) for c in again))
