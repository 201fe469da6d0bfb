# inf and nan behave like CPython's
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0)
print(inf > 10 ** 300, -inf < -(10 ** 300), nan == nan, nan != nan, nan < 1, nan > 1)
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print([inf, nan, -0.0])
print(max(1.0, inf), min(-inf, 0), sorted([3.0, inf, -inf, 0.5]))
print(1 / inf, -1 / inf, math.copysign(1, -0.0))
print(float("nan") in [nan], nan in [nan])
print(int(2.5e9), float(2 ** 64))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
