# trigonometry, logs, exponentials
import math
for deg in [0, 30, 45, 90, 180, 270]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 6), round(math.cos(r), 6), round(math.degrees(r), 6))
print(math.atan2(1, 1), math.atan2(-1, -1), math.asin(1), math.acos(0), math.tan(0.5))
print(math.log(100, 10), math.log(1), math.log10(0.001), math.log2(8), math.log1p(1e-10), math.exp(1), math.expm1(1e-10))
print(math.sinh(1), math.cosh(0), math.tanh(0.5))
for bad in [lambda: math.log(0), lambda: math.sqrt(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
