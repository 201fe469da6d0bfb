# isclose, isfinite, infinities in math
import math
vals = [0.0, -0.0, 1e-320, 1e308, math.inf, -math.inf, math.nan]
for v in vals:
    print(repr(v), math.isfinite(v), math.isinf(v), math.isnan(v), math.copysign(1.0, v))
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(-0.0))
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
