# namedtuples as lightweight records in a report
from collections import namedtuple, Counter
Sale = namedtuple("Sale", "region product units price")
sales = [Sale("north", "widget", 10, 2.5), Sale("south", "gadget", 3, 10.0), Sale("north", "gadget", 7, 9.5),
         Sale("east", "widget", 1, 2.5), Sale("south", "widget", 12, 2.25)]
revenue = {}
for s in sales:
    revenue[s.region] = revenue.get(s.region, 0) + s.units * s.price
for region, total in sorted(revenue.items(), key=lambda kv: -kv[1]):
    print(f"{region:<6}{total:>8.2f}")
units = Counter()
for s in sales:
    units[s.product] += s.units
print(units.most_common())
best = max(sales, key=lambda s: s.units * s.price)
print(best, best._asdict())
print([s._replace(price=0) for s in sales if s.units < 5])
