# compound interest and loan amortization
import math
principal = 10000.0
rate = 0.05
for years in [1, 5, 10, 30]:
    simple = principal * (1 + rate * years)
    compound = principal * (1 + rate) ** years
    continuous = principal * math.exp(rate * years)
    print(f"{years:>2}y simple={simple:10.2f} compound={compound:10.2f} continuous={continuous:10.2f}")
def payment(p, annual_rate, months):
    r = annual_rate / 12
    return p * r / (1 - (1 + r) ** -months)
pmt = payment(200000, 0.06, 360)
print(f"monthly payment {pmt:.2f}")
balance = 200000.0
for m in range(1, 4):
    interest = balance * 0.06 / 12
    balance -= pmt - interest
    print(m, round(interest, 2), round(balance, 2))
years_to_double = math.log(2) / math.log(1 + rate)
print(round(years_to_double, 3), math.ceil(years_to_double))
