# closures reading variables of enclosing functions
def make_multiplier(factor):
    def mul(x):
        return x * factor
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))

def make_greeter(prefix):
    suffix = "!"
    def greet(name):
        return prefix + " " + name + suffix
    return greet

hi = make_greeter("Hi")
print(hi("Ann"), make_greeter("Bye")("Bob"))

def counter_report(items):
    counts = {}
    def add(x):
        counts[x] = counts.get(x, 0) + 1
    for it in items:
        add(it)
    return counts

print(counter_report(["a", "b", "a", "c", "a"]))

def outer():
    x = "outer-x"
    def middle():
        y = "middle-y"
        def inner():
            return x + "/" + y
        return inner()
    return middle()

print(outer())
adders = [make_multiplier(i) for i in range(4)]
print([f(10) for f in adders])

def late_binding():
    value = 1
    def read():
        return value
    value = 2
    return read()

print(late_binding())
