# function objects: __name__, __doc__, attributes, callable
def documented(x):
    """Return x doubled."""
    return x * 2
print(documented.__name__, documented.__doc__, callable(documented), callable(3))
documented.calls = 0
documented.calls += 1
print(documented.calls)
fns = [len, str.upper, documented, lambda: 0]
print([f.__name__ for f in fns])
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class K:
    def method(self):
        pass
print(K.method.__name__, K.method.__qualname__)
