# Method calls: a bound-method call and an attribute load and store per iteration.
class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n
        return self.count


def main():
    c = Counter()
    i = 0
    while i < 2000000:
        c.add(i)
        i += 1
    print(c.count)

main()
