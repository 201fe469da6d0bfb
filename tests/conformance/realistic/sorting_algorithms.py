# classic sorting algorithms checked against sorted()
import random

def bubble(xs):
    xs = list(xs)
    for end in range(len(xs) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if xs[i] > xs[i + 1]:
                xs[i], xs[i + 1] = xs[i + 1], xs[i]
                swapped = True
        if not swapped:
            break
    return xs

def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key, j = xs[i], i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs

def merge_sort(xs):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]

def quick(xs):
    if len(xs) <= 1:
        return list(xs)
    pivot = xs[len(xs) // 2]
    return quick([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quick([x for x in xs if x > pivot])

def counting(xs):
    if not xs:
        return []
    lo = min(xs)
    counts = [0] * (max(xs) - lo + 1)
    for x in xs:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]

rng = random.Random(1234)
cases = [[], [1], [2, 1], [5, 5, 5], list(range(10, 0, -1)), [rng.randint(-50, 50) for _ in range(25)]]
for case in cases:
    expected = sorted(case)
    results = {f.__name__: f(case) == expected for f in (bubble, insertion, merge_sort, quick, counting)}
    print(len(case), all(results.values()), expected[:8])
print(merge_sort(["pear", "Apple", "fig", "apple"]), quick([3.5, -1, 2, 2.0, 0]))
