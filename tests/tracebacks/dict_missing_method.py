cfg = {"a": {"b": 1}}
print(cfg["a"]["c"])
