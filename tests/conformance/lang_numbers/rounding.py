# round() is banker's rounding; float rounding uses the exact binary value
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(v, round(v))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(3.14159, 3), round(-3.14159, 1), round(10.0), type(round(10.0)).__name__)
print(round(7), round(7, 1), round(-0.4))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), int(2.9))
print(math.floor(3), math.ceil(3.0000001))
