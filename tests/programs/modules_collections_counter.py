# collections.Counter: counting, most_common (ties in first-seen order), arithmetic, elements, repr.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common())
d = Counter(a=1, b=5, z=2)
print(c + d, c - d, c & d, c | d)
c.update("aaz")
c.subtract({"b": 10})
print(c, sorted(c.elements())[:6], c.total(), sum(c.values()))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), Counter(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
print(+Counter({"x": -1, "y": 2}), -Counter({"x": -1, "y": 2}))
