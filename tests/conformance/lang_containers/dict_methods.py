# dict methods and insertion order
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.setdefault("d", []), d.setdefault("b", 99), d)
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), d)
del d["d"]
print(d, len(d))
e = dict.fromkeys(["x", "y"], 0)
print(e, dict(zip("abc", range(3))), dict(a=1, b=2), dict([(1, 2)]))
print({**d, "b": 0, **e}, d | e, {"k": 1} == {"k": 1.0})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
x = {"a": 1}
x |= {"b": 2}
print(x, sorted(x.items(), reverse=True))
