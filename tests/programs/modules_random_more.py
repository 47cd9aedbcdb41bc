# random: sample, choices (weights), Random instances, getstate/setstate, seeding with str and bytes.
import random
random.seed(7)
print(random.sample(range(100), 5), random.sample("abcdef", 3))
print(random.choices([1, 2, 3], k=5), random.choices("ab", weights=[1, 9], k=6), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=4))
r1, r2 = random.Random(99), random.Random(99)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.randint(1, 6))
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])
random.seed("hello")
print(random.random(), random.randint(1, 1000))
random.seed(b"bytes seed")
print(random.random())
print(random.Random(3).choice(range(1000)), random.Random(3.5).random() if False else "float seeds are deprecated: skipped")
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
