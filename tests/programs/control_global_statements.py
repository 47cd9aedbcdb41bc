# Module-level control flow: if/elif chains, early exits through functions, nested functions defined conditionally.
import sys
mode = len(sys.argv)
if mode == 0:
    def f(): return "zero"
elif mode == 1:
    def f(): return "one"
else:
    def f(): return "many"
print(f())
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    return "large"
print([classify(n) for n in (-3, 0, 5, 50)])
results = {}
for n in range(1, 16):
    if n % 15 == 0:
        results[n] = "FizzBuzz"
    elif n % 5 == 0:
        results[n] = "Buzz"
    elif n % 3 == 0:
        results[n] = "Fizz"
print(results)
