# loading JSON config, merging defaults, dumping back
import json
defaults = json.loads('{"server": {"host": "localhost", "port": 8080}, "debug": false, "plugins": []}')
override = json.loads('{"server": {"port": 9090}, "debug": true, "plugins": ["auth", "cache"]}')
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
cfg = deep_merge(defaults, override)
print(json.dumps(cfg, indent=2, sort_keys=True))
print(cfg["server"]["host"], cfg["server"]["port"], len(cfg["plugins"]))
print(json.dumps(cfg, separators=(",", ":"), sort_keys=True))
