# positional-only, keyword-only, defaults, *args, **kwargs
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={kw}"
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, z=9))
print(f(1, c=7, d=8, e=9, y=0))
def g(*, key, reverse=False):
    return (key, reverse)
print(g(key="k"), g(reverse=True, key=1))
def h(x, /):
    return x * 2
print(h(21))
def collect(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(collect(), collect(1, 2, a=3), collect(*[1, 2, 3], **{"b": 1, "a": 2}))
def sig(a, b, *, c):
    return a + b + c
print(sig(1, b=2, c=3), sig(*(1, 2), **{"c": 3}))
