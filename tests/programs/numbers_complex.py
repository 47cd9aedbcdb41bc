# complex: construction and parsing, arithmetic (Smith's division, c_powi), repr with signed zeros, hash, equality, errors
for args in [(), (1,), (1, 2), (1.5, -0.0), (-0.0, 0.0), (0.0, -0.0), (complex(1, 2), complex(3, 4)), (2, complex(0, 1)), ('1+2j',),
             ('(1-2j)',), (' ( 3.5J ) ',), ('j',), ('-j',), ('+1.5e3-2.5e-3j',), ('inf+nanj',), ('-infj',), ('1_0+2_0j',),
             (True, False), (float('inf'), float('nan'))]:
    print(args, repr(complex(*args)), str(complex(*args)))
for args in [('1 + 2j',), ('1+2',), ('',), ('(1+2j',), ('1+2jj',), ('1__0j',), ('1', 2), (1, '2'), ([],), (1, []), ('j', 1)]:
    try:
        print(complex(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(complex(real=1, imag=2), complex(imag=3), complex(real=-0.0))
a, b = complex(1, 2), complex(-3, 0.5)
print(a + b, a - b, a * b, a / b, -a, +a, abs(b), a ** 2, a ** -2, a ** 0.5, a ** b, b ** 100, (1 + 1j) ** 101)
print(a + 1, 1 - a, a * 2.5, 2.5 / a, a / True, a == 1 + 2j, a != b, a == 1, complex(3, 0) == 3, complex(3, 0) == 3.0)
print(a.real, a.imag, a.conjugate(), (2j).real, abs(3 + 4j), abs(complex(1e308, 1e308)), hash(1 + 0j) == hash(1), hash(2j), hash(complex(-1, 0)))
print(repr(1e16j), repr(complex(1e-5, 1e22)), repr(complex(-0.0, -0.0)), repr(-1j), repr(1j * 1j), repr(complex(float('nan'), -1)))
for expr in [lambda: a / 0, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: a // 2, lambda: a % 2, lambda: divmod(a, 1), lambda: a < b,
             lambda: int(a), lambda: float(a), lambda: complex(1e308, 1e308) ** 10, lambda: abs(complex(1e308, 1.7e308)), lambda: pow(a, 2, 3)]:
    try:
        print(expr())
    except (ZeroDivisionError, TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(0j ** 0, (1e308 + 1e308j) ** 2, complex(0, 0) ** 2.5, (-8) ** (1 / 3), (-1) ** 0.5, bool(0j), bool(1e-300j), 1j.__getnewargs__())
class C:
    def __complex__(self):
        return 4 + 5j
print(complex(C()), complex(C(), 1))
