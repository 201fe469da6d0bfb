# arbitrary-precision integers
x = 2 ** 200
print(x)
print(x + 1, x - 1)
print(-x)
print(x // 7, x % 7)
print(3 ** 100)
print(len(str(2 ** 1000)))
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // (2 ** 20), f % 1000007)
print(x == 2 ** 200, x > 2 ** 199, x < -x)
print(abs(-x) == x, bool(x - x))
print(int("123456789012345678901234567890") * 2)
print(hex(2 ** 70), bin(2 ** 10), oct(2 ** 20))
print((2 ** 64) >> 3, 1 << 100, (2 ** 100) & 0xFFFF, (2 ** 65) | 1)
print(-(2 ** 70) >> 3, -(2 ** 70) // 8)
