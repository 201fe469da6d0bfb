# decorators applied to classes, and decorators that count calls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
@count_calls
def dist(p, q):
    return ((p.x - q.x) ** 2 + (p.y - q.y) ** 2) ** 0.5
a, b = Point(0, 0), Point(3, 4)
print(a, b, dist(a, b), dist(b, b), dist.calls)
print([Point(i, -i) for i in range(2)])
