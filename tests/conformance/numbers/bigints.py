# integers past 2**63 via arithmetic
big = 2 ** 63
print(big, big - 1, big + 1)
print(2 ** 64, 2 ** 100, -(2 ** 100))
m = 9223372036854775807
print(m + 1, m * 2, m * m)
print(-m - 2, (-m - 1) * -1)
fact = 1
for i in range(1, 31):
    fact *= i
print("30! =", fact)
print(fact // 10 ** 20, fact % 1000007)
print(fact // -7, fact % -7, -fact // 7, -fact % 7)
print(3 ** 80 - 3 ** 79)
print(len(str(2 ** 1000)))
x = 1
steps = 0
while x < 10 ** 30:
    x *= 7
    steps += 1
print(steps, x)
print(big == 2 ** 63, big > m, big // big, (big * 4) // (big * 2))
print(abs(-(2 ** 70)), 2 ** 70 / 2 ** 68)
print(int(str(2 ** 90)) == 2 ** 90)
print(sum([2 ** 62, 2 ** 62, 2 ** 62]))
