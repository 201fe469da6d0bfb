# chained comparisons evaluate each operand once
def v(x, log):
    log.append(x)
    return x
log = []
print(v(1, log) < v(2, log) < v(3, log), log)
log = []
print(v(3, log) < v(2, log) < v(5, log), log)
x = 5
print(1 < x <= 5, 1 < x < 5, 0 <= x != 4, x == 5 == 5.0)
print(1 < 2 > 0, "a" < "b" < "c", [1] < [1, 0] < [2])
print(3 > 2 > 1 > 0 > -1, 1 <= 1 < 1)
ages = [3, 17, 18, 64, 65, 90]
for a in ages:
    label = "child" if 0 <= a < 18 else "adult" if 18 <= a < 65 else "senior"
    print(a, label)
