def f(**kw): return kw["a"]
f(b=2)
