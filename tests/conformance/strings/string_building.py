# building strings: concatenation, repetition, tables
rows = [("apples", 3, 1.25), ("bananas", 12, 0.5), ("cherries", 200, 0.05)]
line = "+" + "-" * 12 + "+" + "-" * 6 + "+" + "-" * 9 + "+"
print(line)
print(f"| {'item':<10} | {'qty':>4} | {'cost':>7} |")
print(line)
grand = 0.0
for name, qty, price in rows:
    cost = qty * price
    grand += cost
    print(f"| {name:<10} | {qty:>4} | {cost:>7.2f} |")
print(line)
print(f"| {'total':<10} | {'':>4} | {grand:>7.2f} |")
out = ""
for i in range(5):
    out += str(i) * (i + 1)
    out += ","
print(out)
triangle = []
for i in range(1, 5):
    triangle.append(" " * (4 - i) + "*" * (2 * i - 1))
print("\n".join(triangle))
print("=" * 20)
