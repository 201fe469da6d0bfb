# A configuration object built on dict: attribute access, nested sections,
# defaults merged in, serialised to JSON, with CPython's errors.
import json


class AttrDict(dict):
    """dict with attribute access; nested dicts become AttrDicts."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for k, v in list(self.items()):
            if isinstance(v, dict) and not isinstance(v, AttrDict):
                self[k] = AttrDict(v)

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"config has no key {name!r}") from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None

    def merged(self, other):
        out = AttrDict(self)
        for k, v in other.items():
            if isinstance(v, dict) and isinstance(out.get(k), dict):
                out[k] = out[k].merged(v)
            else:
                out[k] = v
        return out


defaults = AttrDict({"host": "localhost", "port": 8080,
                     "db": {"name": "app", "pool": 5}})
user = {"port": 9000, "db": {"pool": 20}, "debug": True}
cfg = defaults.merged(user)

print(type(cfg).__name__, type(cfg.db).__name__)
print(cfg.host, cfg.port, cfg.db.name, cfg.db.pool, cfg.debug)
print(cfg)
print(json.dumps(cfg, sort_keys=True))
print(len(cfg), sorted(cfg), "db" in cfg, cfg.get("missing", "n/a"))
print(isinstance(cfg, dict), isinstance(cfg, AttrDict), issubclass(AttrDict, dict))
print(AttrDict.__mro__)
print(cfg == {"host": "localhost", "port": 9000,
              "db": {"name": "app", "pool": 20}, "debug": True})

cfg.timeout = 2.5
del cfg.debug
print(sorted(cfg.keys()), cfg["timeout"])
try:
    cfg.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del cfg.nothing
except AttributeError as e:
    print("AttributeError:", e)

# Built-in methods work on the instance; copies are plain dicts.
c2 = cfg.copy()
print(type(c2).__name__, c2 == cfg, c2 is cfg)
cfg.update(port=1, extra=[1, 2])
print(cfg.port, cfg.extra, cfg.pop("extra"), "extra" in cfg)
print(dict(cfg) == cfg, type(dict(cfg)).__name__)
print({**cfg.db, "pool": 1})
for key, value in sorted(cfg.db.items()):
    print(f"  {key:>6} = {value!r}")
print(dict.__repr__(cfg.db), repr(cfg.db))
