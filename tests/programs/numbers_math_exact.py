# math functions with exact results: factorial, comb, perm, gcd, lcm, isqrt, fsum, prod, hypot, dist
import math
print([math.factorial(n) for n in range(25)], math.factorial(100) % (10**20 + 7), len(str(math.factorial(1000))))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(10**20, 3), math.comb(5, 0), math.comb(0, 0))
print([math.perm(6, k) for k in range(8)], math.perm(7), math.perm(30, 20), math.perm(5, None))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**100, 6**50, 10**30), math.gcd(7, 0, -14))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2**40, 3**30))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**30, 10**30 - 1, 2**127, 2**128 - 1]], math.isqrt(True))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1, 2**60, -2**60]),
      math.fsum([]), math.fsum((0.1, 0.2, 0.3)), math.fsum(x / 7 for x in range(100)), math.fsum([1e-16, 1, 1e16]), math.fsum(range(10)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2, 4]), math.prod(range(1, 30)), math.prod([2, 3], start=10), math.prod(['ab'], start=3))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(-3, 4, 12), math.hypot(1e300, 1e300), math.hypot(1e-320, 1e-320),
      math.hypot(math.inf, math.nan), math.hypot(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], (1, 1, 1)), math.dist((1.5,), (-2.5,)), math.dist(iter([1, 2]), (3, 4)))
for expr in [lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.factorial(2**70), lambda: math.comb(5, -1),
             lambda: math.comb(-5, 1), lambda: math.comb(1.0, 1), lambda: math.perm(-1), lambda: math.gcd(1.5), lambda: math.lcm(2, 'a'),
             lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([math.inf, -math.inf]),
             lambda: math.fsum([math.inf, 1]), lambda: math.fsum(['a']), lambda: math.dist((1, 2), (1,)), lambda: math.prod([1], 2),
             lambda: math.comb(5), lambda: math.fsum([math.nan, 1])]:
    try:
        print(expr())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 6
print(math.factorial(Idx()), math.gcd(Idx(), 4), math.comb(Idx(), 2), math.isqrt(Idx()), math.lcm(Idx(), Idx()))
