# an inventory and order-processing system with classes and exceptions
class OutOfStock(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.sku = sku

class UnknownProduct(KeyError):
    pass

class Product:
    def __init__(self, sku, name, price, stock):
        self.sku = sku
        self.name = name
        self.price = price
        self.stock = stock

    def __repr__(self):
        return f"Product({self.sku!r}, stock={self.stock})"

class Inventory:
    def __init__(self):
        self.products = {}
        self.log = []

    def add(self, product):
        self.products[product.sku] = product

    def reserve(self, sku, qty):
        if sku not in self.products:
            raise UnknownProduct(sku)
        p = self.products[sku]
        if p.stock < qty:
            raise OutOfStock(sku, qty, p.stock)
        p.stock -= qty
        self.log.append(("reserve", sku, qty))
        return p.price * qty

    def release(self, sku, qty):
        self.products[sku].stock += qty
        self.log.append(("release", sku, qty))

class Order:
    next_id = 1

    def __init__(self, customer, lines):
        self.id = Order.next_id
        Order.next_id += 1
        self.customer = customer
        self.lines = lines
        self.status = "new"
        self.total = 0.0

    def place(self, inventory):
        reserved = []
        try:
            for sku, qty in self.lines:
                self.total += inventory.reserve(sku, qty)
                reserved.append((sku, qty))
        except (OutOfStock, UnknownProduct) as e:
            for sku, qty in reversed(reserved):
                inventory.release(sku, qty)
            self.status = f"rejected ({type(e).__name__}: {e})"
            self.total = 0.0
            return False
        self.status = "placed"
        self.total = round(self.total, 2)
        return True

inv = Inventory()
for p in [Product("A", "apple", 0.5, 100), Product("B", "bread", 2.25, 5), Product("C", "cheese", 7.8, 2)]:
    inv.add(p)

orders = [
    Order("ann", [("A", 10), ("B", 2)]),
    Order("bob", [("C", 1), ("B", 4)]),
    Order("cat", [("C", 1), ("Z", 1)]),
    Order("dan", [("B", 3), ("C", 1)]),
]
for o in orders:
    ok = o.place(inv)
    print(f"order {o.id} for {o.customer}: {o.status} total={o.total:.2f} ok={ok}")

print(sorted(inv.products.values(), key=lambda p: p.sku))
for entry in inv.log:
    print(entry)
revenue = sum(o.total for o in orders if o.status == "placed")
print(f"revenue {revenue:.2f} from {sum(o.status == 'placed' for o in orders)} orders")
