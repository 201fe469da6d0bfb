# unpacking in for loops and nested structures
pairs = [("a", 1), ("b", 2)]
for letter, num in pairs:
    print(letter * num)
for i, (letter, num) in enumerate(pairs):
    print(i, letter, num)
grid = {(0, 0): "origin", (1, 2): "point"}
for (x, y), label in grid.items():
    print(x + y, label)
for a, *b in ["xyz", "pq"]:
    print(a, b)
data = [("ann", (90, 85)), ("bob", (70, 95))]
for name, (s1, s2) in data:
    print(name, (s1 + s2) / 2)
first, (second, third), *others = [1, (2, 3), 4, 5]
print(first, second, third, others)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
