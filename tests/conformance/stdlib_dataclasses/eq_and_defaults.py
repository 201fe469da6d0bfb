# eq=False, repr customization, class variables, kw_only
from dataclasses import dataclass, field
from typing import ClassVar
@dataclass(eq=False)
class Node:
    value: int
    def __repr__(self):
        return f"Node({self.value})"
print(Node(1) == Node(1), Node(1) in [Node(1)])
@dataclass
class Counter:
    count: ClassVar[int] = 0
    label: str = "c"
    def __post_init__(self):
        Counter.count += 1
Counter(); Counter("x")
print(Counter.count, Counter("y"))
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1
print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Matrix:
    rows: list = field(default_factory=lambda: [[0, 0], [0, 0]])
m1, m2 = Matrix(), Matrix()
m1.rows[0][0] = 9
print(m1, m2)
