# zip_longest, batching with islice, sliding windows
from itertools import zip_longest, islice, count, tee
print(list(zip_longest("abc", [1, 2])), list(zip_longest([1], [2, 3], fillvalue="-")))
def batched(iterable, n):
    it = iter(iterable)
    while batch := list(islice(it, n)):
        yield batch
print(list(batched(range(10), 4)), list(batched("", 2)))
def windows(iterable, n):
    iters = tee(iterable, n)
    for i, t in enumerate(iters):
        for _ in range(i):
            next(t, None)
    return zip(*iters)
print(list(windows([1, 2, 3, 4, 5], 3)))
rows = [["name", "qty"], ["apple", "3"], ["kiwi"]]
for row in rows:
    print(" | ".join(f"{c:<6}" for c in row))
cols = list(zip_longest(*rows, fillvalue=""))
print(cols)
labels = dict(zip(count(1), "xyz"))
print(labels)
