# an explicit raise inside nested calls escapes to the top level
def validate(order):
    if order["qty"] <= 0:
        raise ValueError(f"order {order['id']}: quantity must be positive")
    return order["qty"] * order["price"]

def process(orders):
    total = 0
    for o in orders:
        try:
            total += validate(o)
        finally:
            print("checked order", o["id"])
    return total

orders = [{"id": 1, "qty": 2, "price": 5}, {"id": 2, "qty": 0, "price": 9}]
print(process(orders))
