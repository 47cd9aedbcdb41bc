# Formatting big ints: grouping, hex, padding, signs, and %-formatting of big values.
n = 3 ** 90
print(f"{n:,}", f"{n:_}", f"{n:x}", f"{-n:#X}", f"{n:>110}", f"{n:+}", f"{n:e}", f"{-n:.3e}")
print("%d|%x|%o|%30d" % (n, n, 2 ** 70, 10 ** 25))
print(format(10 ** 30, "_"), format(-10 ** 30, "020_d")[:20], str(n)[:30], len(f"{2 ** 4000}"))
