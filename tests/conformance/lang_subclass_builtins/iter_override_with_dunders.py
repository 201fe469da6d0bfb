# Built-in subclasses overriding __iter__, drained by built-ins that then
# call back into Python (__lt__): every item is seen exactly once.
class U:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"U({self.n})"
class Bag(list):
    def __iter__(self):
        return iter(list.__iter__(self))
b = Bag([U(3), U(1), U(2)])
print(sorted(b), min(b), max(b))
class Keys(dict):
    def __iter__(self):
        return iter(sorted(dict.keys(self), key=lambda k: -k.n))
k = Keys({U(1): 1, U(2): 2})
print(sorted(k), list(k))
