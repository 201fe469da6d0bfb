# rounding strategies for money
import math
prices = [2.675, 1.005, 0.125, 10.0, 3.14159, 99.995]
for p in prices:
    print(p, round(p, 2), f"{p:.2f}", math.floor(p * 100) / 100, math.ceil(p * 100) / 100)
cents = [int(round(p * 100)) for p in prices]
print(cents, sum(cents), f"{sum(cents) / 100:.2f}")
def split_bill(total_cents, n):
    base, extra = divmod(total_cents, n)
    return [base + (1 if i < extra else 0) for i in range(n)]
print(split_bill(10000, 3), split_bill(101, 4), sum(split_bill(9999, 7)))
