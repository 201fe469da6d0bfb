# typing constructs used in annotations at runtime
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, TypedDict, Iterable, Iterator
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
class Pair(NamedTuple):
    left: int
    right: int = 0
class Movie(TypedDict):
    title: str
    year: int
def total(xs: Iterable[float]) -> float:
    return sum(xs)
def gen(n: int) -> Iterator[int]:
    yield from range(n)
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.pop(), s.pop())
p = Pair(3)
print(p, p.left + p.right, Pair(1, 2)._asdict())
m: Movie = {"title": "Heat", "year": 1995}
print(m, type(m).__name__)
print(total([1.5, 2.5]), list(gen(3)))
handler: Callable[[str], int] = len
print(handler("abcd"))
