# product for grid search and truth tables
from itertools import product
print("a b c | a and (b or c)")
for a, b, c in product([False, True], repeat=3):
    print(int(a), int(b), int(c), "|", int(a and (b or c)))
best = max(product(range(1, 5), range(1, 5)), key=lambda p: (p[0] * p[1] - (p[0] - p[1]) ** 2, p))
print(best)
params = {"lr": [0.1, 0.01], "depth": [2, 4], "act": ["relu"]}
configs = [dict(zip(params, vals)) for vals in product(*params.values())]
for cfg in configs:
    print(cfg)
