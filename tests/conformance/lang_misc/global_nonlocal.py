# global and nonlocal interplay
x = "global x"
def outer():
    x = "outer x"
    def inner_nonlocal():
        nonlocal x
        x = "changed by nonlocal"
    def inner_global():
        global x
        x = "changed by global"
    inner_nonlocal()
    print("outer sees:", x)
    inner_global()
    print("outer still sees:", x)
outer()
print("module sees:", x)
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = counter()
print(s(), s(), s())
def deep():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
        return a
    return mid()
print(deep())
