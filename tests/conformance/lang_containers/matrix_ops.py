# list-of-lists matrix operations
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
print(matmul(a, b))
print(transpose(a))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident, matmul(ident, ident) == ident)
for row in matmul(b, a):
    print(" ".join(f"{v:4d}" for v in row))
print(sum(map(sum, a)), [max(r) for r in b], [min(c) for c in zip(*a)])
