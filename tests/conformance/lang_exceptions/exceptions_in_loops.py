# collecting errors while processing a batch
records = ["10", "x", "25", "", "7", "3.5", "-4"]
good, bad = [], []
for i, r in enumerate(records):
    try:
        n = int(r)
        if n < 0:
            raise ValueError(f"negative: {n}")
        good.append(n)
    except ValueError as e:
        bad.append((i, str(e)))
print(good)
for item in bad:
    print(item)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError:
        return None
print([safe_div(1, x) for x in [2, 0, "a", 4]])
