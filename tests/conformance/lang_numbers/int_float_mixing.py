# pycps: xfail
# arithmetic across int, float and bool
print(1 + 2.0, 3 * 1.5, 7 / 2, 8 / 4, type(8 / 4).__name__)
print(True + True, True * 10, False - 1, 3 + True)
print(2 ** -1, 2 ** 0.5, (-8) ** 2, 4 ** 0.5, 10 ** 20, 10.0 ** 20)
print(1 == 1.0, 1 != None, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(max(1, 2.5, 2), min(-1, -1.0), sum([1, 2.5, 3]), sum([0.1] * 10))
print(7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** 10, pow(2, 10), pow(2.0, 3))
print(pow(3, 4, 5), pow(7, 123456, 13), pow(2, -1, 7))
print(int(1e10), float(10 ** 15), 10 ** 15 == 1e15)
print(5 / 3 * 3, 1 / 10 * 3)
print(divmod(7, 2.0), divmod(-7, 2))
