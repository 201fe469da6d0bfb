# enumerate, zip, map, filter, reversed, range
names = ["ann", "ben", "cat"]
scores = [90, 85, 77]
print(list(enumerate(names)), list(enumerate(names, start=1)))
print(list(zip(names, scores)), list(zip(names, scores, "xyz")), list(zip([1, 2, 3], "ab")))
print(list(map(str.upper, names)), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(lambda n: n > 80, scores)))
print(list(reversed(names)), list(reversed(range(5))), list(range(10, 0, -3)), list(range(0)))
r = range(2, 20, 3)
print(r, len(r), r[2], r[-1], 8 in r, 9 in r, list(r[1:3]), r.index(11))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(dict(zip(names, scores)), sorted(zip(scores, names)))
