# annotations are accepted and do not affect behaviour
from __future__ import annotations
from typing import Optional, List, Dict, Tuple, Union, Any, Callable
def scale(values: List[float], factor: float = 2.0) -> List[float]:
    return [v * factor for v in values]
def lookup(d: Dict[str, int], key: str) -> Optional[int]:
    return d.get(key)
def apply(fn: Callable[[int], int], x: int) -> int:
    return fn(x)
count: int = 0
names: list[str] = ["a", "b"]
maybe: Union[int, str, None]
pair: Tuple[int, ...] = (1, 2, 3)
class Item:
    name: str
    price: float = 0.0
    tags: list[str]
    def __init__(self, name: str, price: float) -> None:
        self.name = name
        self.price = price
    def total(self, qty: int) -> float:
        return self.price * qty
print(scale([1, 2.5]), lookup({"a": 1}, "a"), lookup({}, "z"), apply(lambda v: v + 1, 41))
print(count, names, pair, Item("pen", 1.5).total(4), Item.price)
x: Any = "anything"
print(x)
