def f(x): return 1 / x
print([[f(y) for y in row] for row in [[1, 0]]])
