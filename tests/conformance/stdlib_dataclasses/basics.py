# @dataclass: generated __init__, __repr__, __eq__
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
q = Point(1)
print(p, q, p == Point(1, 2), p == q, p != q)
p.x = 10
print(p, p.x + p.y)
@dataclass
class User:
    name: str
    email: str
    active: bool = True
    score: float = 0.0
u = User("ann", "ann@example.com")
print(u)
print(User("bob", "b@x", False, 9.5), User(name="cat", email="c@x", score=1))
try:
    User("only name")
except TypeError as e:
    print("TypeError:", e)
