# exceptions inside generators propagate to the consumer
def parse_ints(items):
    for item in items:
        try:
            yield int(item)
        except ValueError:
            print("skip", repr(item))
print(list(parse_ints(["1", "x", "3", "4.5", "-2"])))
def strict(items):
    for item in items:
        yield 10 // item
out = []
try:
    for v in strict([5, 2, 0, 1]):
        out.append(v)
except ZeroDivisionError as e:
    print("stopped:", e, out)
def raises_stop():
    yield 1
    raise StopIteration("x")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e)
