# chain, islice, count, repeat, cycle, accumulate
import itertools as it
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(range(100), 5)), list(it.islice(range(100), 10, 20, 3)), list(it.islice("abcdef", 2, None)))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(), 3)), list(it.repeat("x", 3)))
print(list(it.islice(it.cycle("ab"), 5)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, "a1b2")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.pairwise([1, 2, 3, 4])), [list(t) for t in it.tee([1, 2], 2)])
