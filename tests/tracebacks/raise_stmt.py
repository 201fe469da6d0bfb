def g():
    raise ValueError("x")
g()
