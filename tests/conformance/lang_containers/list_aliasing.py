# aliasing vs copying
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
b.append(4)
c[1].append(99)
print(a, b, c, d)
print(a is b, a is c, a == c, a[1] is c[1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
def add(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add(1), add(2))
def bad_add(item, bucket=[]):
    bucket.append(item)
    return bucket
print(bad_add(1), bad_add(2))
