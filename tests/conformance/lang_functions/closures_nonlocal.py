# closures capture variables; nonlocal rebinds them
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def late_binding():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in late_binding()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "rebound"
    return middle()
print(outer())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
