# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag, __trunc__/__floor__/__ceil__/__int__
vals = [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.0**60, 123.456, -1e-10, 3.0]
for v in vals:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.conjugate(), v.real, v.imag,
          v.__trunc__(), v.__floor__(), v.__ceil__(), v.__int__(), v.__float__(), v.__round__())
for s in ['0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.0000000000001p0', '0x1.00000000000008p0', '0x1.00000000000018p0', 'inf',
          '-Infinity', 'nan', '  0xA.8p0  ', '1.5p3', '0x.8', '0x1p+1023', '0X1P-2', 'ffp0', '0x1p1024', '0x1.fffffffffffffp1023',
          '0x1.fffffffffffff8p1023', 'xyz', '0x', '0x1p', '1e5', '']:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for v in [float('inf'), float('-inf'), float('nan')]:
    print(v.hex(), v.is_integer())
    for m in (v.as_integer_ratio, v.__trunc__, v.__floor__, v.__ceil__):
        try:
            print(m())
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
print((2.5).__divmod__(1), (2.5).__rdivmod__(7), (1.5).__add__(2), (1.5).__radd__(True), (1.5).__add__('x'), (1.5).__eq__(1.5), (1.5).__lt__(2))
print(float.__getformat__('double'), (7.0).__getnewargs__(), (2.5).__hash__() == hash(2.5), (0.0).__bool__(), (-0.5).__abs__(), (3.5).__neg__())
