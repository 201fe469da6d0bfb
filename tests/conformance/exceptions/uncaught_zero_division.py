# uncaught ZeroDivisionError after some output
def average(xs):
    return sum(xs) / len(xs)

print("avg:", average([1, 2, 3, 4]))
batches = [[10, 20], [5], []]
for b in batches:
    print("batch avg:", average(b))
print("unreachable")
