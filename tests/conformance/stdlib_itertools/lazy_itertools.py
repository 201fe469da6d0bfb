# itertools functions are lazy iterators: infinite inputs, item-by-item
# callbacks, groupby groups invalidated when the outer iterator advances
import itertools as it

def noisy(tag, xs):
    for x in xs:
        print(f"  {tag}:{x}", end="")
        yield x

print(list(it.islice(it.cycle("ABC"), 8)))
c = it.cycle(noisy("c", [1, 2]))
print([next(c) for _ in range(5)])
print(list(it.islice(it.chain.from_iterable(it.cycle([[1, 2], [3]])), 7)))
ch = it.chain(noisy("a", "xy"), noisy("b", "z"))
print("\n", next(ch), list(ch))
print(list(it.islice(it.count(10, 5), 2, 12, 3)), list(it.islice("abcdefg", None)))
sl = it.islice(noisy("s", range(10)), 1, 6, 2)
print("\n", list(sl))
print(list(it.accumulate(it.islice(it.count(1), 6), lambda a, b: a * b)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.takewhile(lambda n: n * n < 50, it.count())))
print(list(it.dropwhile(lambda n: n < 3, [1, 4, 2, 0, 5])))
print(list(it.filterfalse(lambda n: n % 3, range(12))), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.islice(it.starmap(divmod, zip(it.count(7), it.repeat(3))), 4)))
print(list(it.zip_longest("abcd", [1, 2], fillvalue="-")), list(it.zip_longest()))
print(list(it.pairwise("abcde")), list(it.pairwise([1])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.compress(it.count(), [0, 1, 1, 0, 1])))

groups = it.groupby("aaabccdaa")
saved = []
for k, g in groups:
    saved.append((k, g))
print([(k, list(g)) for k, g in saved])
g1 = it.groupby([1, 1, 2, 2, 2, 3])
k, grp = next(g1)
print(k, next(grp), next(g1)[0], list(grp))
runs = [(k, len(list(g))) for k, g in it.groupby(noisy("g", [5, 5, 6, 7, 7, 7]))]
print("\n", runs)
evens = it.groupby(range(10), key=lambda n: n // 4)
print([(k, list(g)) for k, g in evens])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"]
print({k: list(g) for k, g in it.groupby(words, key=lambda w: w[0])})
for name in ["batched", "nonexistent"]:
    try:
        getattr(it, name)
    except AttributeError as e:
        print("AttributeError:", e)
print(type(it.chain()).__name__, type(it.islice([], 1)).__name__, type(it.groupby([])).__name__)
