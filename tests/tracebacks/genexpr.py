def f(x): return 1 / x
print(sum(f(y) for y in [1, 0]))
