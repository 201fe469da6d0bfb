# parse a bank statement, categorise transactions, monthly budget report
import re
from collections import defaultdict

STATEMENT = """
2024-03-01 | SALARY ACME CORP          | +3200.00
2024-03-02 | RENT MARCH                | -1200.00
2024-03-03 | GROCERY MART #12          |   -84.37
2024-03-05 | COFFEE CORNER             |    -4.50
2024-03-09 | GROCERY MART #7           |  -112.10
2024-03-11 | STREAMFLIX SUBSCRIPTION   |   -12.99
2024-03-15 | COFFEE CORNER             |    -4.50
2024-03-18 | TRANSFER TO SAVINGS       |  -500.00
2024-03-21 | PHARMACY PLUS             |   -23.75
2024-03-25 | REFUND GROCERY MART       |   +15.00
2024-03-28 | ELECTRIC CO               |   -67.40
"""
RULES = [
    (r"SALARY", "income"), (r"RENT|ELECTRIC", "housing"), (r"GROCERY", "groceries"),
    (r"COFFEE", "eating out"), (r"STREAMFLIX", "subscriptions"), (r"SAVINGS", "savings"),
]
BUDGET = {"housing": 1300, "groceries": 250, "eating out": 20, "subscriptions": 15}
LINE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*\|\s*(.+?)\s*\|\s*([+-]\d+\.\d{2})")

def categorise(desc):
    for pattern, cat in RULES:
        if re.search(pattern, desc):
            return cat
    return "other"

totals = defaultdict(float)
uncategorised = []
for line in STATEMENT.strip().splitlines():
    m = LINE.fullmatch(line.strip())
    date, desc, amount = m.group(1), m.group(2), float(m.group(3))
    cat = categorise(desc)
    totals[cat] = round(totals[cat] + amount, 2)
    if cat == "other":
        uncategorised.append((date, desc, amount))

print(f"{'category':<14}{'amount':>10}{'budget':>9}  status")
for cat, amount in sorted(totals.items(), key=lambda kv: kv[1]):
    budget = BUDGET.get(cat)
    status = "" if budget is None else ("OVER" if -amount > budget else f"{-amount / budget:.0%} used")
    print(f"{cat:<14}{amount:>10.2f}{budget if budget is not None else '':>9}  {status}")
net = round(sum(totals.values()), 2)
print(f"net {net:+.2f}, spent {-sum(v for v in totals.values() if v < 0):.2f}")
print("uncategorised:", uncategorised)
