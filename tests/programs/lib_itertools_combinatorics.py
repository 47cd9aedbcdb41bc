# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

print(list(product('ab', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1, 2], 'z')))
print(list(product('ab', range(3), (True, False), repeat=1)))
print(list(product()))
print(list(product('ab', [])))
print(list(product([], 'ab')))
print(list(product('ab', repeat=0)))
print(list(product('ab', 'cd', repeat=2))[:6], len(list(product('ab', 'cd', repeat=2))))
print(list(product([1])))
show('product negative repeat', lambda: product('a', repeat=-1))
show('product int', lambda: product('a', 3))
# product consumes its arguments at once
it = iter([1, 2])
p = product(it, 'x')
print(list(it), list(p))

print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations('ab', 3)))
print(list(permutations([], 0)), list(permutations([])), list(permutations('abc', 0)))
print(len(list(permutations(range(6)))), list(permutations(range(6)))[100:103])
show('perm r=-1', lambda: permutations('a', -1))
show('perm r=str', lambda: permutations('a', 'x'))
show('perm r=float', lambda: permutations('a', 1.0))
show('perm int', lambda: permutations(7))

print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 3)), list(combinations('ab', 0)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))), list(combinations(range(10), 4))[50:53])
show('comb r=-1', lambda: combinations('a', -1))
show('comb r=str', lambda: combinations('a', 'x'))

print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('a', 0)))
print(len(list(combinations_with_replacement(range(5), 4))))
show('cwr r=-2', lambda: combinations_with_replacement('a', -2))

# results are independent tuples
ps = list(product('ab', repeat=2))
print(ps, [type(x).__name__ for x in ps[:1]])
cs = list(combinations([[1], [2], [3]], 2))
cs[0][0].append(9)
print(cs)
