# hash() of numbers: CPython's modular hash (2**61 - 1) for ints, floats and complex; equal numbers hash equal
M = 2**61 - 1
for v in [0, 1, -1, -2, 42, M - 1, M, M + 1, 2 * M, -M, 2**64, -(2**64), 10**30, -(10**30), 2**1000, True, False]:
    print(v if v < 10**40 else 'big', hash(v), hash(v) == hash(float(v)) if abs(v) < 2**1000 else '', hash(v) == hash(complex(v, 0)) if abs(v) < 2**1000 else '')
for v in [0.0, -0.0, 0.5, -0.5, 1.5, 0.1, 1e100, -1e-100, 2.0**61, 2.0**62, 1e308, 5e-324, float('inf'), float('-inf'), 123456.789]:
    print(repr(v), hash(v))
for v in [1j, -1j, 1 + 1j, complex(0.5, -2.5), complex(1e300, 1e-300), complex(float('inf'), 1)]:
    print(repr(v), hash(v))
print(hash(float('nan')) == hash(float('nan')) or True, len({1, 1.0, True, 1 + 0j}), len({0, 0.0, -0.0, False, 0j}))
d = {}
for k in [1, 2.0, 3 + 0j, 2**70, 2.0**70, 0.5, True]:
    d[k] = repr(k)
print(d)
