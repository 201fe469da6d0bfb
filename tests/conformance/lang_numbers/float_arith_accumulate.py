# float accumulation error, printed exactly like CPython
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10))
vals = [19.99, 5.01, 3.333, 100.1]
print(sum(vals), sum(vals) / len(vals))
print(19.99 * 3, 0.07 * 100, 1.1 * 1.1, 3 * 0.1, 0.3 / 0.1)
print(2.675 * 100, 1.15 * 100, 4.35 * 100)
price = 0.0
for cents in [199, 250, 1999]:
    price += cents / 100
print(price, f"{price:.2f}")
print(1 - 0.9, 0.1 ** 2, 1e-3 * 1e3, 9007199254740993.0)
print(sum([1e100, 1.0, -1e100]), 1e308 * 10, -1e308 * 10)
