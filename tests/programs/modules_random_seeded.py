# random with an int seed gives exactly CPython's sequence: random, randint, randrange, choice, shuffle, uniform, gauss.
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 50, 5) for _ in range(5)], random.randrange(-10, 10))
print([random.choice("abcdefg") for _ in range(8)], random.choice([10, 20, 30]))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print([random.uniform(1, 2) for _ in range(3)], random.uniform(5, -5))
print([random.gauss(0, 1) for _ in range(4)], random.gauss(100, 15))
random.seed(0)
print(random.random(), random.randint(0, 10 ** 30), random.getrandbits(70))
random.seed(12345)
a = [random.random() for _ in range(3)]
random.seed(12345)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(2 ** 100 + 7)
print(random.random())
random.seed(-5)
print(random.random())
