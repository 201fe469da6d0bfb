# uncaught NameError for a name that was never defined
def compute(values):
    total = 0
    for v in values:
        total += v
    print("partial total", total)
    return total * qqq_not_defined_anywhere

print("start")
compute([1, 2, 3])
