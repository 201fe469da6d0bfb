# dicts keep insertion order through updates and deletions
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 99
print(list(d.items()))
rev = dict(reversed(list(d.items())))
print(rev)
print(dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: kv[1])))
inv = {v: k for k, v in d.items()}
print(inv)
print(list(reversed(d)), next(iter(d)), list(d.values())[-1])
