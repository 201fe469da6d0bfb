# a shopping cart with promotion rules applied in order
class Item:
    def __init__(self, sku, name, price, category):
        self.sku, self.name, self.price, self.category = sku, name, price, category

CATALOG = {i.sku: i for i in [
    Item("T1", "t-shirt", 15.0, "clothing"), Item("J1", "jeans", 49.99, "clothing"),
    Item("M1", "mug", 8.5, "home"), Item("B1", "book", 12.0, "books"), Item("B2", "comic", 6.25, "books"),
]}

def buy_x_get_y(sku, x, y):
    def rule(lines):
        qty = lines.get(sku, 0)
        free = (qty // (x + y)) * y
        return f"buy {x} get {y} free ({sku})", round(free * CATALOG[sku].price, 2)
    return rule

def category_percent(category, pct):
    def rule(lines):
        subtotal = sum(CATALOG[s].price * q for s, q in lines.items() if CATALOG[s].category == category)
        return f"{pct}% off {category}", round(subtotal * pct / 100, 2)
    return rule

def threshold(min_total, off):
    def rule(lines, running):
        return f"{off} off orders over {min_total}", off if running >= min_total else 0
    rule.needs_running = True
    return rule

RULES = [buy_x_get_y("T1", 2, 1), category_percent("books", 20), threshold(60, 5.0)]

def checkout(lines):
    subtotal = round(sum(CATALOG[s].price * q for s, q in lines.items()), 2)
    running = subtotal
    applied = []
    for rule in RULES:
        if getattr(rule, "needs_running", False):
            label, amount = rule(lines, running)
        else:
            label, amount = rule(lines)
        if amount:
            applied.append((label, amount))
            running = round(running - amount, 2)
    return subtotal, applied, running

carts = {
    "small": {"M1": 1},
    "shirts": {"T1": 5},
    "mixed": {"T1": 3, "B1": 2, "B2": 1, "J1": 1},
    "books": {"B1": 4, "B2": 4},
}
for name, lines in carts.items():
    subtotal, applied, total = checkout(lines)
    print(f"cart {name}: {sum(lines.values())} items, subtotal {subtotal:.2f}")
    for label, amount in applied:
        print(f"    - {label:<28} -{amount:.2f}")
    print(f"    = total {total:.2f} (saved {subtotal - total:.2f})")
