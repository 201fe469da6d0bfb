# is / is not, None checks, sentinel objects
_MISSING = object()
def lookup(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        return "no default given"
    return default
d = {"a": None}
print(lookup(d, "a"), lookup(d, "b"), lookup(d, "b", None), lookup(d, "b", 0))
x = None
print(x is None, x is not None, x == None, type(None).__name__)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, (lambda: None)() is None)
