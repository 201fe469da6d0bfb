# uncaught ValueError from int() on bad input
inputs = ["10", "20", "x"]
total = 0
for s in inputs:
    n = int(s)
    total += n
    print("running total", total)
print("never printed")
