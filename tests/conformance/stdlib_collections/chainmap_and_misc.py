# ChainMap for layered configuration
from collections import ChainMap, Counter
defaults = {"color": "red", "size": "M", "debug": False}
env = {"size": "L"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["size"], cfg["debug"], len(cfg), sorted(cfg))
cfg["new"] = 1
print(cli, dict(cfg) == {**defaults, **env, **cli, "new": 1})
child = cfg.new_child({"color": "blue"})
print(child["color"], cfg["color"], child.maps[0])
inventory = Counter(apple=3, pear=0, fig=-1)
print(+inventory, inventory.most_common(1), list(inventory))
