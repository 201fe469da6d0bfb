# lambdas, map/filter/sorted with functions, functions as values
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in "+-*/":
    print(sym, ops[sym](12, 5))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(lambda s: s + "!", 3, "hi"))
print(sorted(["x10", "x9", "x100"], key=lambda s: int(s[1:])))
print((lambda *a, **k: (a, k))(1, z=2), (lambda: "no args")())
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
