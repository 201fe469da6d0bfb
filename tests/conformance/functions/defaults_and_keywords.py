# default parameter values and keyword arguments
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))

def make_range(stop, start=0, step=1):
    return list(range(start, stop, step))

print(make_range(5), make_range(10, 2, 3), make_range(stop=4, step=2))

def describe(x, width=10, fill="."):
    s = str(x)
    while len(s) < width:
        s = fill + s
    return s

print(describe(42), describe("ab", 5), describe(3.5, fill="0", width=7))

def total(items, tax=0.0, discount=0):
    base = sum(items) - discount
    return round(base * (1 + tax), 2)

print(total([10, 20]), total([10, 20], 0.2), total([10, 20], discount=5), total(tax=0.1, items=[1, 2]))
