def f(x):
    return f"val: {x / 0:>10} and {x}"
f(1)
