# enumerate and zip
names = ["ann", "bob", "cyd"]
ages = [31, 25, 47]
cities = ["Oslo", "Rome", "Lima", "Kyiv"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=10):
    print(i, n)
for n, a, c in zip(names, ages, cities):
    print(f"{n} is {a} and lives in {c}")
print(list(zip(names, ages)))
print(list(enumerate("ab")))
print(dict(zip(names, ages)))
print(list(zip([1, 2, 3], "xy")))
print(list(zip()))
lookup = dict(enumerate(cities))
print(lookup)
diffs = [b - a for a, b in zip(ages, ages[1:])]
print(diffs)
total = 0
for idx, (n, a) in enumerate(zip(names, ages)):
    total += idx * a
print(total)
