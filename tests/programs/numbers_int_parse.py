# int(str, base): whitespace, signs, underscores, prefixes, Unicode digits, errors and the 4300-digit limit
cases = [('42', 10), ('  -17\n', 10), ('+8', 10), ('1_000_000', 10), ('0x_ff', 16), ('0XFF', 16), ('ff', 16), ('0b1010', 0),
         ('0o777', 0), ('0x1F', 0), ('0', 0), ('00', 0), ('0_0', 0), ('010', 0), ('z', 36), ('ZZZZ', 36), ('-0', 10),
         ('12', 3), ('1__0', 10), ('_1', 10), ('1_', 10),
         ('', 10), ('  ', 10), ('1.5', 10), ('0x', 16), ('0b2', 0), ('12a', 10), ('9', 8), ('+-1', 10), ('1 2', 10),
         ('99999999999999999999999999999999', 10), ('-0b' + '1' * 100, 0)]
for s, base in cases:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, 'ValueError:', e)
for x in [b'123', b' -5 ', b'0x10', 3.99, -3.99, 1e20, True, 2**100, '  7  ']:
    try:
        print(repr(x), int(x))
    except (ValueError, TypeError) as e:
        print(repr(x), type(e).__name__, e)
print(int(b'ff', 16), int('10', base=2), int(), int('1' * 4300)  % 97, int(-0.0), int(1e308) % 1000)
for args in [('12', 1), ('12', 37), (12, 10), (None,), ([1],), (1j,), (float('inf'),), (float('nan'),), ('5', 2.0), ('x' * 300,)]:
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int('1' * 4301)
except ValueError as e:
    print(e)
try:
    str(10**4300)
except ValueError as e:
    print(e)
print(len(str(10**4299)), len(hex(10**5000)), int('f' * 5000, 16) % 1000)
try:
    int(base=10)
except TypeError as e:
    print(e)
