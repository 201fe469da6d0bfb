# shortest-repr float printing
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1.5, 2.675, 1e16, 1e-5, 123456789.125,
          1 / 3, 2 / 3, 10 / 4, 1e22, 1.0e-7, 100.0, 3.14159, 6.02e23, 0.000123]
for v in values:
    print(v, repr(v), str(v))
print(1e15, 1e16, 1e17)
print(0.1 * 3, 0.3, 0.1 * 3 == 0.3)
print(2.0 ** 0.5, 10 ** -2, 2 ** -1)
print(float("inf"), -float("inf"), float("1e400"))
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2)
print(1e300 * 10, 5e-324, 5e-324 / 2)
