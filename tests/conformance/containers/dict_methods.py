# dict get, keys, values, items, pop, setdefault, update
inv = {"apples": 5, "pears": 2}
print(inv.get("apples"), inv.get("kiwis"), inv.get("kiwis", 0))
print(list(inv.keys()), list(inv.values()), list(inv.items()))
inv["kiwis"] = 7
print(inv)
print(inv.pop("pears"), inv)
print(inv.pop("missing", "default"))
print(inv.setdefault("plums", 1), inv.setdefault("apples", 100), inv)
inv.update({"apples": 50, "figs": 3})
print(inv)
inv.update(dates=4)
print(inv)
groups = {}
for word in ["ant", "bee", "asp", "bat", "cow", "ape"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(len(groups), sorted(list(groups.keys())))
total = 0
for v in inv.values():
    total += v
print("total", total, sum(list(inv.values())))
d2 = dict(inv)
d2["apples"] = 0
print(inv["apples"], d2["apples"])
print(dict(zip(["x", "y"], [1, 2])))
