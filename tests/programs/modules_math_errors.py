# math domain and range errors and argument TypeErrors, with CPython's messages.
import math
tests = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5),
         lambda: math.exp(1000), lambda: math.acos(2), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.sqrt("x"),
         lambda: math.floor("x"), lambda: math.gcd(1.5, 2), lambda: math.pow(0, -1), lambda: math.fmod(1, 0), lambda: math.ceil(math.inf)]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
