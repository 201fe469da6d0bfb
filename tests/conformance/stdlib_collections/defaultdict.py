# defaultdict with list, int, set and nested factories
from collections import defaultdict
groups = defaultdict(list)
for name, dept in [("ann", "eng"), ("bob", "ops"), ("cat", "eng"), ("dan", "hr"), ("eve", "eng")]:
    groups[dept].append(name)
print(groups)
print(dict(groups), groups["missing"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
tags = defaultdict(set)
tags["a"].add(1); tags["a"].add(2); tags["b"].add(1)
print({k: sorted(v) for k, v in tags.items()})
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2
def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(to_dict(root))
nd = defaultdict(lambda: "n/a", {"k": "v"})
print(nd["k"], nd["other"], nd.default_factory is not None, "other" in nd)
plain = defaultdict(None)
try:
    plain["x"]
except KeyError as e:
    print("KeyError:", e)
