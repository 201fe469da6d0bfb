# integer arithmetic with negatives: floor division and modulo follow the divisor's sign
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b)
print(2 ** 10, (-2) ** 3, -2 ** 2, 2 ** 0, 0 ** 0)
print(10 - 3 - 2, 2 ** 3 ** 2, 100 // 10 // 3)
print(-(-5), +5, -0)
print(7 % 3 * 2, 7 * 3 % 4, 1 + 2 * 3 - 4 // 2)
print(abs(-12), abs(12), abs(0))
x = 17
q = x // 5
r = x % 5
print(q, r, q * 5 + r == x)
digits = []
n = 90817
while n > 0:
    digits.append(n % 10)
    n //= 10
print(digits, sum(digits))
