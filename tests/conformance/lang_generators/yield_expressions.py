# yield as an expression in various positions
def gen():
    x = yield 1
    y = (yield x * 2) + 1
    z = [(yield y), (yield "after")]
    return x, y, z
g = gen()
print(next(g))
print(g.send(10))
print(g.send(5))
print(g.send("first"))
try:
    g.send("second")
except StopIteration as e:
    print("returned", e.value)
def accumulate():
    total = 0
    while True:
        total += (yield total) or 0
a = accumulate()
next(a)
print([a.send(n) for n in [1, 2, 3, None, 4]])
