# itertools: count, cycle, repeat, chain, islice, accumulate, product, permutations, combinations, groupby, and more.
import itertools as it
print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.islice(it.count(), 2, 10, 3)))
print(list(it.chain([1], (2, 3), "ab")), list(it.chain.from_iterable([[1, 2], [3]])), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)))
print(list(it.product("ab", range(2))), list(it.product([0, 1], repeat=2)), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in it.groupby("aaabccdd")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(6))))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.pairwise("abcd")), list(it.accumulate([1, 2, 3], initial=100)))
