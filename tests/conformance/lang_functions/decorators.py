# function decorators, stacked, with arguments, preserving behaviour
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@repeat(3)
def greet(name):
    return "hi " + name
@trace
@repeat(2)
def square(x):
    return x * x
add(2, 3)
print(greet("bo"))
square(4)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(list(registry), [f() for f in registry.values()])
