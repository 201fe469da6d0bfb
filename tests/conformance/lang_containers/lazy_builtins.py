# map/filter/zip are lazy iterators; any/all and `in` stop at the deciding item
import itertools

def numbers(tag, n):
    for i in range(n):
        print(f"  {tag} yields {i}")
        yield i

print("zip steps its inputs in turn:")
print(list(zip(numbers("a", 3), numbers("b", 2))))
print("zip with a list first:")
print(list(zip([10, 20, 30], numbers("c", 2))))

m = map(lambda x: x * 2, numbers("m", 3))
print(type(m).__name__, "created, nothing run yet")
print(next(m), list(m))
print(list(itertools.islice(map(lambda x: x * x, itertools.count(1)), 5)))
print(list(map(lambda a, b, c: a + b + c, [1, 2, 3], [10, 20], [100, 200, 300])))
print(list(map(pow, [2, 3, 4], [5, 2])))
f = filter(lambda s: s.startswith("b"), ["apple", "banana", "blueberry", "cherry"])
print(type(f).__name__, next(f), list(f), list(f))
print(list(filter(None, [0, 1, "", "x", [], [0], None, 2.5])))
evens = filter(lambda n: n % 2 == 0, itertools.count())
print([next(evens) for _ in range(4)])

for args in ([1, 2], [3]), ([1], [3, 4], [5]), ([1, 2], [3, 4], [5]), ([], [1]):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)))

print("any/all short-circuit:")
print(any(x > 1 for x in numbers("any", 5)))
print(all(x < 1 for x in numbers("all", 5)))
it = iter([0, 0, 3, 4, 5])
print(any(it), list(it))
it = iter(range(10))
print(5 in it, next(it), 5 in it)
print("b" in map(str.lower, "ABC"), 7 in (n * n for n in range(4)))

r = range(2, 30, 3)
print(r.index(8), r.count(8), r.count(9), range(10).index(True))
try:
    r.index(9)
except ValueError as e:
    print("ValueError:", e)
print({*[3, 1], *(2, 1), 0}, {*"aa"}, {0, *range(3)})

def tagged(xs):
    for x in xs:
        print("  tagged", x)
        yield x
print(sorted(tagged([3, 1, 2])), sum(tagged([1, 2, 3])), max(tagged([4, 9, 2])))
print(dict(zip("abc", map(len, ["x", "yy", "zzz"]))))
print(list(enumerate(map(str.upper, "hey"), 1)))
