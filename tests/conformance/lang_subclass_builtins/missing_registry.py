# dict subclasses with __missing__: a handler registry, a tally, and the
# rules for when __missing__ runs (d[k] only, not get/in/pop).


class Registry(dict):
    def __missing__(self, key):
        handlers = self[key] = []
        return handlers

    def register(self, event):
        def deco(fn):
            self[event].append(fn)
            return fn
        return deco


registry = Registry()


@registry.register("start")
def on_start(x):
    return f"starting {x}"


@registry.register("start")
def log_start(x):
    return f"log: {x}"


@registry.register("stop")
def on_stop(x):
    return f"stopping {x}"


for event in ["start", "stop", "pause"]:
    print(event, [h("job") for h in registry[event]])
print(sorted(registry), len(registry["pause"]))


class Tally(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for it in items:
            self[it] += 1
        return self

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


words = "the cat and the hat and the bat".split()
t = Tally().add(words)
print(t, t["zebra"], "zebra" in t, t.get("zebra"))
print(t.most_common(2))


class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"unknown setting: {key}")


s = Strict(a=1)
print(s["a"], s.get("b", "default"), s.pop("b", None), s.setdefault("c", 3))
try:
    s["b"]
except KeyError as e:
    print("KeyError", e)


class Lower(dict):
    """Case-insensitive keys through __getitem__/__setitem__ overrides."""

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return dict.__getitem__(self, key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


h = Lower()
h["Content-Type"] = "text/html"
h["X-Trace"] = "abc"
print(h["CONTENT-TYPE"], "x-TRACE" in h, list(h), len(h))
try:
    h["Missing"]
except KeyError as e:
    print("KeyError", e)
print(h == {"content-type": "text/html", "x-trace": "abc"}, h)
