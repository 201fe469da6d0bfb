# a small inventory with dataclasses
from dataclasses import dataclass, field
@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    @property
    def value(self):
        return round(self.price * self.qty, 2)
@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
    def remove(self, sku, qty):
        item = self.items[sku]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {sku} left")
        item.qty -= qty
    def report(self):
        for it in sorted(self.items.values(), key=lambda i: -i.value):
            print(f"{it.sku:<6}{it.name:<10}{it.qty:>4}{it.value:>10.2f}")
        print(f"{'total':<20}{sum(i.value for i in self.items.values()):>10.2f}")
inv = Inventory()
inv.add(Item("A1", "bolt", 0.25, 400))
inv.add(Item("B2", "hammer", 12.5, 3))
inv.add(Item("A1", "bolt", 0.25, 100))
inv.add(Item("C3", "saw", 24.99))
inv.remove("B2", 1)
try:
    inv.remove("B2", 5)
except ValueError as e:
    print("ValueError:", e)
inv.report()
print(inv.items["A1"])
