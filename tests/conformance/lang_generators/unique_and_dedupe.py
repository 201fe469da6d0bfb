# dedupe generators keeping first occurrence
def unique(items, key=None):
    seen = set()
    for item in items:
        k = key(item) if key else item
        if k not in seen:
            seen.add(k)
            yield item
print(list(unique([3, 1, 3, 2, 1, 4])))
print(list(unique(["Apple", "apple", "BANANA", "banana", "cherry"], key=str.lower)))
records = [{"id": 1, "v": "a"}, {"id": 2, "v": "b"}, {"id": 1, "v": "c"}]
print(list(unique(records, key=lambda r: r["id"])))
def pairwise(xs):
    it = iter(xs)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(pairwise([1, 4, 9, 16])), list(pairwise([])), list(pairwise([1])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
