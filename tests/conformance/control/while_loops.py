# while loops with counters, break and continue
n = 0
while n < 5:
    print("n =", n)
    n += 1
total = 0
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 20:
        break
    total += i
print("total", total, "i", i)
balance = 1000.0
years = 0
while balance < 2000:
    balance = balance * 1.07
    years += 1
print(years, round(balance, 2))
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
items = [4, 8, 15, 16, 23, 42]
while items and items[-1] > 10:
    print("dropping", items.pop())
print(items)
