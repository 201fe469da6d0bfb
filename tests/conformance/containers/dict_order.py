# dicts preserve insertion order; overwrite keeps position; pop + reinsert moves to end
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 100
print(list(d.keys()))
v = d.pop("zeta")
d["zeta"] = v
print(list(d.keys()))
d.update({"mid": 0, "new": 1})
print(d)
print({1: "int", 1.0: "float", True: "bool"})
keys = {(1, 2): "tuple key", "s": "str key", 3: "int key", None: "none key"}
for k, v in keys.items():
    print(repr(k), v)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print(sorted(list(counts.items())))
