# range with start, stop, negative step
print(list(range(5)), list(range(2, 7)), list(range(0, 20, 5)))
print(list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
print(len(range(0, 100, 7)), sum(range(101)), max(range(3, 50, 4)))
print(range(3)[1], list(range(-5, 5, 2)))
for i in range(3, -4, -2):
    print(i, end=" ")
print()
countdown = []
for i in range(10, 0, -1):
    if i % 4 == 0:
        countdown.append("tick")
    else:
        countdown.append(i)
print(countdown)
total = 0
for i in range(1, 1000):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
print(list(range(2 ** 64, 2 ** 64 + 3)))
