# an exception raised deep in a call chain
def level3(x):
    return {"a": 1}[x]
def level2(x):
    return level3(x) + 1
def level1(xs):
    return [level2(x) for x in xs]
print(level1(["a"]))
print(level1(["a", "b"]))
