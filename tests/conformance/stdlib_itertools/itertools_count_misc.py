# count with floats, repeat with map, chained generators
import itertools as it
print(list(it.islice(it.count(0.5, 0.25), 5)))
print(list(map(pow, range(5), it.repeat(2))))
evens = (n for n in it.count() if n % 2 == 0)
print(list(it.islice(evens, 5)), next(evens))
letters = it.cycle("abc")
print([next(letters) + str(i) for i in range(5)])
print(sum(1 for _ in it.combinations(range(20), 3)), len(list(it.product(range(3), repeat=4))))
print(list(it.accumulate(range(1, 6), lambda a, b: a * b)))
print(list(it.chain(*[[i] * i for i in range(4)])))
