rows = [{"n": 1}, {}]
print(sorted(rows, key=lambda r: r["n"]))
