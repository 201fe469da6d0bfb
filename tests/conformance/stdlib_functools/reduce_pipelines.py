# composing functions with reduce
from functools import reduce, partial
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
strip = str.strip
lower = str.lower
dash = partial(str.replace, " ", "-")
slug = compose(strip, lower, lambda s: " ".join(s.split()), lambda s: s.replace(" ", "-"))
print([slug(t) for t in ["  Hello World ", "Multiple   Spaces Here", "ALLCAPS"]])
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out
print(reduce(merge, [{"a": 1}, {"a": 2, "b": 1}, {"c": 5, "b": 1}]))
matrix = [[1, 2], [3, 4], [5, 6]]
print(reduce(lambda acc, row: [a + b for a, b in zip(acc, row)], matrix))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4], 0))
