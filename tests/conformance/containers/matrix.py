# small matrix utilities with nested lists and comprehensions
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]

def matmul(a, b):
    bt = transpose(b)
    return [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(transpose(a))
print(matmul(a, b))
print(matmul(identity(2), [[5, 6], [7, 8]]))
m = [[2, 0], [0, 2]]
p = identity(2)
for _ in range(70):
    p = matmul(p, m)
print(p)
for row in matmul(b, a):
    print(" ".join([f"{x:>4}" for x in row]))
trace = sum([matmul(b, a)[i][i] for i in range(3)])
print("trace", trace)
