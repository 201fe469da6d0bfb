# Big ints meet floats: exact comparisons (no rounding of the int),
# infinities beyond every int, correctly rounded true division of big ints.
import math

b = 10**400
print(math.inf > b, b < math.inf, -math.inf < b, b == math.inf, float("nan") < b)
print(1e300 < b, 2.0**70 == 2**70, 2**70 + 1 == 2.0**70, 2**70 + 1 > 2.0**70)
print(2.5 < 2**70, (2**70) > 1e21, -(2**70) < -1e21, 2**53 + 1 == float(2**53 + 1))
print(max(b, math.inf) == math.inf, sorted([b, 1.5, -math.inf, math.inf])[0])
print(10**400 / 10**399, (2**64 + 1) / 3, 10**30 / 7, 7 / 2**80, -(10**40) / 3)
print((10**20) ** -1, 2**-70, hash(2**70) == hash(2.0**70), {2**70: 1}.get(2.0**70))
print(int(1e308) == 10**308, int(1e308) > 10**307, (10**25) // 7.0, 10**25 % 7.0)
for bad in (lambda: 10**400 * 1.0, lambda: (10**400) ** -1, lambda: 10**800 / 3):
    try:
        print(bad())
    except OverflowError as e:
        print("OverflowError:", e)
