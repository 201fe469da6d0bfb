# CPython's shortest round-trip float repr
values = [0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1.0, -0.0, 0.0, 1e-5, 0.0001,
          1.5e-7, 2.5, 1 / 3, 2 / 3, 100.0, 1e22, 1e300 * 10, 3.14159, 0.1 * 3]
for v in values:
    print(repr(v), str(v))
print([0.1, 0.2, 0.30000000000000004])
print((1e16, -1e-16))
print(float("inf"), float("-inf"), -float("inf"))
print(float("1e500"), float("  3.5  "), float("-0"), float("1_000.5"))
print(1e16 + 1, 2.0 ** 53, 2.0 ** 53 + 1)
