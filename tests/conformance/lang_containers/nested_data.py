# walking nested JSON-like data
orders = [
    {"id": 1, "customer": {"name": "Ann", "tier": "gold"}, "items": [{"sku": "A", "qty": 2, "price": 9.5}, {"sku": "B", "qty": 1, "price": 20.0}]},
    {"id": 2, "customer": {"name": "Bo", "tier": "basic"}, "items": [{"sku": "A", "qty": 5, "price": 9.5}]},
    {"id": 3, "customer": {"name": "Ann", "tier": "gold"}, "items": []},
]
for o in orders:
    total = sum(i["qty"] * i["price"] for i in o["items"])
    print(o["id"], o["customer"]["name"], len(o["items"]), total)
by_customer = {}
for o in orders:
    by_customer.setdefault(o["customer"]["name"], []).append(o["id"])
print(by_customer)
qty_by_sku = {}
for o in orders:
    for i in o["items"]:
        qty_by_sku[i["sku"]] = qty_by_sku.get(i["sku"], 0) + i["qty"]
print(qty_by_sku)
print([o["id"] for o in orders if not o["items"]], max(orders, key=lambda o: len(o["items"]))["id"])
