# str() of floats across magnitudes: where CPython switches to exponent notation, and round trips.
for e in range(-8, 20):
    v = 1.5 * 10 ** e if e >= 0 else 1.5 / 10 ** -e
    print(e, v, -v)
for v in [0.1 + 0.2, 1 / 7, 2 ** 0.5, 1e15 + 0.3, 123456789.123456789, 9.999999999999999e22, 1e-10, 4.35, 0.3, 2.5e-5]:
    print(v, float(repr(v)) == v)
print(1e16, 1e15, 12345678901234567.0, 0.0001, 0.00001, 100.0, 1e2, 1.0e-4)
