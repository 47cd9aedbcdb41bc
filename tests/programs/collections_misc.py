# assorted: generic aliases (list[int]...), `in` / `not in` operand order, truth of containers, chained operations
def f(x: list[int], y: dict[str, list[int]]) -> tuple[int, ...]:
    return tuple(x)
print(f([1, 2], {}), f.__annotations__ if False else 'ann-ok')
print(list[int], dict[str, int], set[frozenset[int]], tuple[int, ...], type[int], tuple[()], list[list[str]])
print(list[int]([3, 4]), dict[str, int](a=1), list[int] == list[int], list[int] == list[str], list[int].__origin__, dict[str, int].__args__)
class C:
    def __class_getitem__(cls, item):
        return cls.__name__ + '[' + repr(item) + ']'
print(C[int], C['x'])
try:
    int[0]
except TypeError as e:
    print('TypeError', e)
print(1 in [1, 2], 3 not in [1, 2], 'a' in 'abc', 'z' not in {'a': 1}, (1, 2) in {(1, 2)}, 5 in range(3, 8, 2))
for c in ([], (), {}, set(), frozenset(), range(0), '', {}.keys(), [0], (None,), {0: 0}, {0}, range(1)):
    print(bool(c), end=' ')
print()
print(not [], not [0], [] or 'empty', [1] and 'full', len([[]]) == 1)
data = {'b': [3, 1], 'a': [2], 'c': []}
print(sorted(data), sorted(data.items(), key=lambda kv: len(kv[1])), {k: sorted(v) for k, v in sorted(data.items())})
print([x for xs in data.values() for x in xs], sum(map(len, data.values())), max(data, key=lambda k: len(data[k])))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, list(zip(*grid)), [row[::-1] for row in grid[::-1]], sum(grid, []))
counts = {}
for w in 'the cat and the hat and the bat'.split(' '):
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
stack = []
for i in range(5):
    stack.append(i)
print(stack.pop(), stack.pop(0), stack, stack[::-1])
seen = set()
uniq = [x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))]
print(uniq, sorted(seen))
