# an exception raised by a sort key
rows = [{"n": 2}, {"n": 1}, {"m": 3}]
print(sorted(rows[:2], key=lambda r: r["n"]))
print(sorted(rows, key=lambda r: r["n"]))
