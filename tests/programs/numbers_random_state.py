# random: getstate/setstate, independent Random instances, gauss's cached value, subclasses, errors
import random
random.seed(7)
st = random.getstate()
a = [random.random() for _ in range(5)] + [random.gauss() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(5)] + [random.gauss() for _ in range(3)]
print(a == b, st[0], len(st[1]), st[1][-1], st[1][:3], st[2])
random.seed(8)
random.gauss()
st = random.getstate()
print(st[2], random.gauss() == st[2])
random.setstate(st)
print(random.gauss() == st[2])
r1, r2 = random.Random(99), random.Random(99)
print(r1.random() == r2.random(), r1.random(), r1.randint(1, 6), r1.gauss(), r1.gauss(), r1.gauss_next)
r3 = random.Random('seed')
print(r3.random(), r3.getrandbits(200), random.Random(b'seed').random() == random.Random('seed').random())
print(type(r1).__name__, random.Random.__name__, isinstance(r1, random.Random))
r4 = random.Random()
r4.setstate(r1.getstate())
print(r4.random() == r1.random())
random.seed(5)
x = random.gauss()
random.seed(5)
print(x == random.gauss())
class MyRandom(random.Random):
    def random(self):
        return 0.25
m = MyRandom(1)
print(m.random(), m.uniform(0, 8), m.choice('abcd'), m.randrange(100), m.choices('xyz', k=3))
class Bits(random.Random):
    def getrandbits(self, k):
        return 3 % (1 << k) if k else 0
print(Bits(1).randrange(10), Bits(1).choice('abcdef'))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 1), lambda: random.randrange(1, 10, 0),
            lambda: random.sample(range(3), 5), lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1), lambda: random.seed([1]),
            lambda: random.randrange('a'), lambda: random.choices('ab', 5), lambda: random.gammavariate(-1, 1),
            lambda: random.setstate((9, (), None)), lambda: random.setstate((3, (1, 2), None)), lambda: random.randrange(1, 2, 3, 4),
            lambda: random.choices('ab', [1], k=2), lambda: random.choices('ab', weights=[1, 1], cum_weights=[1, 2]),
            lambda: random.choices('ab', [0, 0]), lambda: random.sample([1, 2], counts=[1], k=1), lambda: random.randrange(3, stop=None, step=2)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
