# float formatting digit for digit: repr/str, e/f/g/%/n, precision, alternate, zero padding, z, special values
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1e22, 1e23, 5e-324,
        1.7976931348623157e308, 2.5, 1 / 3, 2 / 3, 100.0, 1e100, 123.456, 9007199254740993.0, 0.3, 4.35, 1e-7, 0.125, 0.375, 2.675,
        1.005, 12345.6789, 999999.5, 9.999999e-5, 0.5, 1.5, 1e-300, 2 ** 0.5]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0e', '.1e', '.2e', '.10e', '.0f', '.1f', '.2f', '.20f', '.0g', '.1g', '.3g', '.17g', '.25g',
         '#g', '#.3g', '#.0f', '#.0e', '#', '.3', '.1', '#.1', '.0%', '.3%', '+', ' ', '010.2f', '-010.2f', '^12.3', '<12g', '=+12.4e', ',', ',.2f',
         '_.3f', '012,.1f', 'z.2f', 'z', '+.3', '.12', '.16', '.17']
for v in vals:
    print(repr(v), str(v), [v], (v,), f'{v}', '%s %r' % (v, v))
    print('   ', ' '.join(format(v, s) for s in specs))
for x in [float('inf'), float('-inf'), float('nan')]:
    print(repr(x), ' '.join(format(x, s) for s in ['', '+', ' ', 'e', 'E', 'F', 'G', '010', '^10', '=+10', '.0e', '#g', '%', 'z.2f']))
for d in range(0, 30):
    print(d, format(2 ** -d, '.%de' % d), format(10 ** -d, '.%dg' % (d % 17 + 1)), format(7 ** d / 3 ** d, '.%df' % (d % 7)))
print(format(1e300 * 10, 'f'), format(-1e-320, 'e'), format(1e-320, '.3g'), format(0.1, '.60f'), format(1 / 7, '.40e'))
print(format(12, 'e'), format(12, '.3f'), format(12, '%'), format(12, 'g'), format(-7, '.1E'), format(True, 'f'))
for bad in [lambda: format(1.5, 'd'), lambda: format(1.5, 'c'), lambda: format(1.5, '_x'), lambda: format(1.5, 'x'), lambda: format(1.5, ',c'),
            lambda: format(10 ** 400, 'f'), lambda: format(1.5, '.'), lambda: format(1.5, '+z#010.3Q')]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
