# invoices with line items, discounts, tax rules and a formatted printout
from dataclasses import dataclass, field

TAX = {"food": 0.15, "books": 0.0, "general": 0.25}

@dataclass
class Line:
    description: str
    qty: int
    unit_price: float
    category: str = "general"

    @property
    def net(self):
        return round(self.qty * self.unit_price, 2)

    @property
    def tax(self):
        return round(self.net * TAX[self.category], 2)

@dataclass
class Invoice:
    number: str
    customer: str
    lines: list = field(default_factory=list)
    discount_pct: float = 0.0

    def add(self, *args, **kwargs):
        self.lines.append(Line(*args, **kwargs))
        return self

    def totals(self):
        net = round(sum(l.net for l in self.lines), 2)
        discount = round(net * self.discount_pct / 100, 2)
        tax = round(sum(l.tax for l in self.lines) * (1 - self.discount_pct / 100), 2)
        return net, discount, tax, round(net - discount + tax, 2)

    def render(self):
        out = [f"INVOICE {self.number}  customer: {self.customer}", "=" * 56]
        out.append(f"{'item':<22}{'qty':>4}{'price':>9}{'net':>10}{'tax':>9}")
        for l in self.lines:
            out.append(f"{l.description[:21]:<22}{l.qty:>4}{l.unit_price:>9.2f}{l.net:>10.2f}{l.tax:>9.2f}")
        net, discount, tax, total = self.totals()
        out.append("-" * 56)
        out.append(f"{'net':<44}{net:>12.2f}")
        if discount:
            out.append(f"{f'discount {self.discount_pct:g}%':<44}{-discount:>12.2f}")
        out.append(f"{'tax':<44}{tax:>12.2f}")
        out.append(f"{'TOTAL':<44}{total:>12.2f}")
        return "\n".join(out)

inv = Invoice("2024-001", "ACME Corp", discount_pct=10)
inv.add("Coffee beans 1kg", 3, 14.99, "food").add("Python Cookbook", 1, 49.5, "books")
inv.add("USB-C cable (2m, braided)", 4, 9.95).add("Desk lamp", 1, 34.0)
print(inv.render())
print()
small = Invoice("2024-002", "Bob").add("Notebook", 2, 3.5)
print(small.render())
print(small.totals(), inv.totals())
by_cat = {}
for l in inv.lines:
    by_cat[l.category] = round(by_cat.get(l.category, 0) + l.net, 2)
print(by_cat)
