# sorted, min, max over numbers, strings and tuples
nums = [5, -2, 9, 0, 3.5, -7, 9]
print(sorted(nums), sorted(nums, reverse=True))
print(min(nums), max(nums), min(4, 2, 8), max(1.5, 1, 2))
print(nums)
print(sorted((3, 1, 2)), sorted("cab"), sorted({"b": 1, "a": 2}))
scores = {"ann": 88, "bo": 95, "cy": 88, "di": 70}
ranking = sorted([(-s, n) for n, s in scores.items()])
for pos, (neg, name) in enumerate(ranking, start=1):
    print(pos, name, -neg)
print(max([(s, n) for n, s in scores.items()]))
print(min(["b", "a", "c"]), max("hello"))
data = [[3, "c"], [1, "a"], [2, "b"], [1, "0"]]
print(sorted(data))

def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    if len(s) % 2 == 1:
        return s[mid]
    return (s[mid - 1] + s[mid]) / 2

print(median([5, 1, 3]), median([4, 1, 3, 2]), median([10]))
