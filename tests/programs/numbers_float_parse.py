# float(str): the grammar of _Py_dg_strtod, inf/nan spellings, underscores, Unicode digits and spaces, repr round trips
cases = ['1.5', '  -2.25\n', '+.5', '5.', '1e10', '1E-5', '1_000.000_1', 'inf', '-Infinity', 'nAn', '-nan', '+inf', '1e500',
         '-1e500', '1e-400', '0x1p3', '1.5e', '1e+', '.', '', ' ', 'e5', '1_.5', '1._5', '_1', '1__0', 'infinityx', 'in f',
         '1.5j', '0.1', '123456789012345678901234567890', '4.9e-324', '2.5e-324', '1.7976931348623157e308',
         '1.7976931348623159e308', '0.000000000000000000000000000000000000001', '-0', '-0.0', '00012.50']
for s in cases:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for x in [b'2.5', 7, -7, True, 2**1023, 10**30]:
    print(repr(x), repr(float(x)))
for x in [2**1024, None, [1], 1j]:
    try:
        print(float(x))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e17, 1.5e-5, 123456789.125, 5e-324, 1.7976931348623157e308, 1e22, 1e23,
        9007199254740993.0, 0.000123, 100.0, -0.0, 1e-7, 12345678901234567.0]
print([repr(v) for v in vals])
print([float(repr(v)) == v for v in vals], [str(v) for v in vals[:6]])
print(float(), float('  3  '), float(' -0 '))
