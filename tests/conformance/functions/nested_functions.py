# nested helper functions and functions as values
def process(numbers):
    def clean(xs):
        return [x for x in xs if x >= 0]

    def normalize(xs):
        top = max(xs)
        return [round(x / top, 3) for x in xs]

    cleaned = clean(numbers)
    return normalize(cleaned)

print(process([3, -1, 6, 0, 12]))

def apply_all(fs, value):
    out = []
    for f in fs:
        out.append(f(value))
    return out

def inc(x):
    return x + 1

def square(x):
    return x * x

def negate(x):
    return -x

print(apply_all([inc, square, negate, str, abs], -4))
ops = {"inc": inc, "sq": square}
print(ops["sq"](ops["inc"](4)))

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

inc_then_square = compose(square, inc)
print(inc_then_square(3), compose(negate, compose(inc, square))(5))
pipeline = [inc, inc, square]
v = 1
for step in pipeline:
    v = step(v)
print(v)
