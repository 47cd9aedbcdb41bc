# math functions and constants: exact reprs of results as CPython computes them.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.floor(3), math.trunc(-3.7), type(math.floor(2.5)).__name__)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.factorial(20), math.factorial(0))
print(math.isqrt(99), math.isqrt(10 ** 30), math.comb(10, 3), math.perm(5, 2), math.comb(100, 50), math.prod([1, 2, 3, 4]))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(100), math.exp(1), math.exp(0), math.log1p(0))
print(math.sin(0), math.cos(0), math.sin(math.pi / 6), math.cos(math.pi), math.tan(math.pi / 4), math.atan2(1, 1), math.atan(1))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), math.hypot(3, 4), math.pow(2, 10), math.degrees(math.pi), math.radians(180))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.floor(1e20), math.ceil(2 ** 70 + 0.5), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.dist((0, 0), (3, 4)))
print(math.asin(1), math.acos(0), math.sinh(1), math.cosh(0), math.tanh(0.5), math.erf(1), math.gamma(5), math.lgamma(10))
