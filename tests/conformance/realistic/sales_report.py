# monthly sales report: grouping, totals, formatted table
SALES = [
    ("2024-01-03", "north", "widget", 12, 2.50),
    ("2024-01-15", "south", "gadget", 3, 19.99),
    ("2024-01-20", "north", "gadget", 1, 19.99),
    ("2024-02-02", "east", "widget", 40, 2.25),
    ("2024-02-14", "south", "widget", 8, 2.50),
    ("2024-02-28", "north", "doohickey", 5, 7.75),
    ("2024-03-01", "east", "gadget", 2, 18.50),
    ("2024-03-09", "south", "doohickey", 11, 7.25),
    ("2024-03-30", "north", "widget", 25, 2.40),
]

def month_of(date):
    return date[:7]

def build_report(rows):
    by_month = {}
    by_region = {}
    by_product = {}
    for date, region, product, qty, price in rows:
        amount = round(qty * price, 2)
        m = by_month.setdefault(month_of(date), {"orders": 0, "units": 0, "revenue": 0.0})
        m["orders"] += 1
        m["units"] += qty
        m["revenue"] = round(m["revenue"] + amount, 2)
        by_region[region] = round(by_region.get(region, 0) + amount, 2)
        by_product.setdefault(product, []).append(amount)
    return by_month, by_region, by_product

by_month, by_region, by_product = build_report(SALES)

print(f"{'month':<8} {'orders':>6} {'units':>6} {'revenue':>10}")
print("-" * 33)
grand = 0.0
for month in sorted(by_month):
    m = by_month[month]
    grand += m["revenue"]
    print(f"{month:<8} {m['orders']:>6} {m['units']:>6} {m['revenue']:>10,.2f}")
print("-" * 33)
print(f"{'total':<8} {len(SALES):>6} {sum(r[3] for r in SALES):>6} {grand:>10,.2f}")
print()

print("revenue share by region:")
for region, amount in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = amount / grand * 100
    bar = "#" * round(share / 4)
    print(f"  {region:<6} {amount:>8.2f} {share:5.1f}% {bar}")
print()

print("products:")
for product in sorted(by_product):
    amounts = by_product[product]
    avg = sum(amounts) / len(amounts)
    print(f"  {product:<10} n={len(amounts)} best={max(amounts):.2f} avg={avg:.3f}")

best_month = max(by_month, key=lambda k: by_month[k]["revenue"])
print("best month:", best_month, by_month[best_month])
