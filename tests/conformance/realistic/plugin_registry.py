# a plugin system: decorator registration, class registration, hooks with priorities
class Registry:
    def __init__(self):
        self.plugins = {}
        self.hooks = {}

    def plugin(self, name=None, *, version="1.0"):
        def deco(cls):
            key = name or cls.__name__.lower()
            if key in self.plugins:
                raise ValueError(f"duplicate plugin {key!r}")
            cls.plugin_name, cls.version = key, version
            self.plugins[key] = cls
            return cls
        return deco

    def hook(self, event, priority=50):
        def deco(fn):
            self.hooks.setdefault(event, []).append((priority, len(self.hooks.get(event, [])), fn))
            return fn
        return deco

    def emit(self, event, payload):
        results = []
        for priority, _, fn in sorted(self.hooks.get(event, []), key=lambda h: (h[0], h[1])):
            out = fn(payload)
            if out is StopIteration:
                results.append(f"{fn.__name__}: stopped")
                break
            results.append(f"{fn.__name__}: {out}")
        return results

registry = Registry()

@registry.plugin()
class Markdown:
    def render(self, text):
        return f"<p>{text}</p>"

@registry.plugin("upper", version="2.3")
class Shout:
    def render(self, text):
        return text.upper() + "!"

try:
    @registry.plugin("upper")
    class Other:
        pass
except ValueError as e:
    print("ValueError:", e)

@registry.hook("save", priority=10)
def validate(doc):
    return "ok" if doc.get("title") else StopIteration

@registry.hook("save")
def index(doc):
    return f"indexed {len(doc.get('body', '').split())} words"

@registry.hook("save", priority=90)
def notify(doc):
    return f"notified {doc.get('owner', 'nobody')}"

@registry.hook("save")
def audit(doc):
    return "audited"

for name, cls in registry.plugins.items():
    print(name, cls.version, cls.__name__, cls().render("hello"))
print(registry.emit("save", {"title": "T", "body": "a b c", "owner": "ann"}))
print(registry.emit("save", {"body": "untitled"}))
print(registry.emit("delete", {}))
