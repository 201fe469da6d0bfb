# generators only run when pulled
trace = []
def source():
    for i in range(5):
        trace.append(f"src{i}")
        yield i
def square(xs):
    for x in xs:
        trace.append(f"sq{x}")
        yield x * x
g = square(source())
print(trace)
print(next(g), trace)
print(next(g), trace)
trace.clear()
print([v for v in g if v > 5], trace)
gen = (print("evaluated", x) or x for x in range(2))
print("before")
print(list(gen))
