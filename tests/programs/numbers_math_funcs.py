# math module functions of floats: values, special cases and CPython's errors ("math domain error", "math range error")
import math
names = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh',
         'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma', 'fabs', 'cbrt', 'degrees', 'radians',
         'floor', 'ceil', 'trunc', 'isfinite', 'isinf', 'isnan', 'ulp', 'frexp', 'modf']
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, -2.5, 10.0, 100.0, 710.0, 1e-300, 1e300, -1e300, 5, -3, 2**60,
        float('inf'), float('-inf'), float('nan')]
for name in names:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(f(v))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(name, out)
two = ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'hypot', 'nextafter', 'ldexp', 'isclose']
pairs = [(1.0, 2.0), (-1.0, 0.0), (0.0, -0.0), (3.5, -2.0), (2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (10.0, 400.0), (5.0, 3.0),
         (float('inf'), 2.0), (2.0, float('inf')), (float('nan'), 0.0), (1.0, float('nan')), (-2.0, float('-inf')), (1e308, 1e308)]
for name in two:
    f = getattr(math, name)
    out = []
    for x, y in pairs:
        try:
            out.append(f(x, int(y) if name == 'ldexp' and y == y and abs(y) != float('inf') else y))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(name, out)
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.log(8, 2), math.log(100, 10), math.log(10**400), math.log(10**400, 10), math.log2(2**2000), math.log10(10**500), math.log(2**1100, 2))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
for expr in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(1, 1), lambda: math.log(0.0), lambda: math.log(10, 0),
             lambda: math.sqrt('a'), lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.atan2(1), lambda: math.log(), lambda: math.floor('x'),
             lambda: math.trunc('x'), lambda: math.ldexp(1.0, 1.5), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(1, 2, 3),
             lambda: math.sqrt(2**1100), lambda: math.exp(1000), lambda: math.gamma(-1), lambda: math.ceil(math.inf), lambda: math.floor(math.nan)]:
    try:
        print(expr())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.25
class Fl:
    def __floor__(self):
        return 'floor!'
print(math.sqrt(F()), math.pow(F(), 2), math.floor(F()), math.hypot(F(), F()), math.floor(Fl()), math.ceil(True), math.trunc(-2.5))
