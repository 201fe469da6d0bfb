# field(default_factory=...), field(repr=False), __post_init__
from dataclasses import dataclass, field
@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    secret: str = field(default="s3cr3t", repr=False)
    total: float = field(init=False, default=0.0)
    def add(self, name, price, qty=1):
        self.items.append((name, price, qty))
        self.total = round(self.total + price * qty, 2)
        return self
a = Cart("ann")
b = Cart("bob")
a.add("pen", 1.25, 4).add("book", 12.5)
print(a)
print(b, a.items is b.items, a.secret)
@dataclass
class Range:
    lo: int
    hi: int
    size: int = field(init=False)
    def __post_init__(self):
        if self.lo > self.hi:
            raise ValueError(f"empty range {self.lo}..{self.hi}")
        self.size = self.hi - self.lo
print(Range(2, 9))
try:
    Range(5, 1)
except ValueError as e:
    print("ValueError:", e)
