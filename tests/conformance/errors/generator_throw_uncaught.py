# throw() into a generator that does not handle the exception
def gen():
    yield 1
    yield 2
g = gen()
print(next(g))
g.throw(ValueError("injected"))
