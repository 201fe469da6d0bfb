# yield from delegates and returns the subgenerator's value
def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner got", received)
    return f"inner done({n})"
def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    yield from ["x", "y"]
    return "outer done"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree(node):
    value, children = node
    yield value
    for c in children:
        yield from tree(c)
t = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree(t)))
def run():
    result = yield from outer()
    yield result
print(list(run()))
