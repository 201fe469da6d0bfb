# dict views are live
d = {"a": 1, "b": 2}
ks, vs, its = d.keys(), d.values(), d.items()
d["c"] = 3
print(ks, vs, its)
print(len(ks), "a" in ks, 2 in vs, ("b", 2) in its)
print(sorted(ks & {"a", "z"}), sorted(ks - {"a"}), sorted(ks | {"q"}))
for k, v in d.items():
    print(k, v)
d2 = {k: v * 10 for k, v in d.items() if k != "b"}
print(d2, list(d2.values()))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
