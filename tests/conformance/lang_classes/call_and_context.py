# __call__ and __enter__/__exit__
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(7), list(map(triple, [1, 2])), callable(triple))
class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return exc_type is KeyError
log = []
with Resource("a", log) as r:
    log.append(f"use {r.name}")
with Resource("b", log), Resource("c", log):
    log.append("both")
with Resource("d", log):
    {}["missing"]
try:
    with Resource("e", log):
        raise ValueError("boom")
except ValueError as e:
    log.append(f"caught {e}")
for line in log:
    print(line)
