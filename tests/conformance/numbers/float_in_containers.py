# floats printed inside containers and f-strings use repr
vals = [0.1, 1e16, 1e-7, 2.0, -0.5, 1 / 3, 12345678901234567890.0]
print(vals)
print(tuple(vals[:3]), {"x": 0.25, "y": 1e100})
print(str(vals[5]), f"{vals[5]}", f"{vals[5]!r}")
total = 0.0
for v in [0.1] * 10:
    total += v
print(total, total == 1.0, round(total, 10) == 1.0)
print(sum([0.1] * 10), max(vals), min(vals))
print(3 * 0.1, 0.1 * 3, 1.1 + 2.2, 2.2 + 1.1)
print(float(10 ** 16), float(2 ** 53 + 1), 2 ** 53 + 1.0)
print(-7.5 // 2, 7.5 // -2, -7.5 % 2, 7.5 % -2, 0.0 * -1)
print(int(-0.9), int(2.9999999999999996), round(-0.5), round(0.5000000001))
