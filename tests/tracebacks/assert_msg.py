x = 3
assert x == 4, f"bad {x}"
