# for/while else clauses, break/continue, pass
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        continue
    if n < 0:
        break
    print("n =", n)
else:
    print("while finished normally")
print("after while, n =", n)
k = 0
while k < 3:
    k += 1
else:
    print("while else ran, k =", k)
for i in range(3):
    pass
print(i)
for p in range(2, 20):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()
