# true division always returns float; mixed int/float arithmetic
print(6 / 3, 7 / 2, -7 / 2, 1 / 8)
print(6 // 3, 6.0 // 3, 6 // 3.0)
print(3 + 0.5, 3 * 1.5, 10 - 0.25)
prices = [19.99, 5.25, 3.5, 12.0]
total = sum(prices)
print("total", total)
print("average", total / len(prices))
print("rounded", round(total / len(prices), 2))
print(2 ** 0.5 * 2 ** 0.5)
print(10 / 3 * 3, 1 - 0.9, 100 * 1.1)
print(isinstance(4 / 2, float), 4 / 2 == 2)
count = 0
x = 1.0
while x != 0.0 and count < 2000:
    x /= 2
    count += 1
print("halvings to zero:", count)
print(1e308 + 1e308 > 1e308)
print(7 % 2.5, -7 % 2.5, 2 ** -2)
