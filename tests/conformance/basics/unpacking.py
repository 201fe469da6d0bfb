# tuple unpacking in assignments and for loops
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x + y + z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, second = "hi"
print(first, second)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
d = {"x": 1, "y": 2}
for key, value in d.items():
    print(key, "=", value)
for i, (num, word) in enumerate(pairs):
    print(i, num, word)

def min_max(xs):
    return min(xs), max(xs)

lo, hi = min_max([4, 8, 1, 9, 3])
print("range:", lo, hi)
m, n = 0, 1
for _ in range(10):
    m, n = n, m + n
print("fib:", m, n)
