# An uncaught MemoryError under --max-heap=64M prints a traceback and exits 1.
# weft-options: --max-heap=64M
# Expected output written by hand: CPython run under `ulimit -v` prints this traceback for the same line.
print("allocating")
data = [0] * (100 * 1024 * 1024)
print("never")
