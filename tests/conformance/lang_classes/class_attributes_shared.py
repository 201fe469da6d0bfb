# class-level mutable attributes are shared; instance attributes shadow
class Registry:
    items = []
    tags = ()
    def add(self, x):
        self.items.append(x)
    def tag(self, t):
        self.tags = self.tags + (t,)
r1, r2 = Registry(), Registry()
r1.add(1); r2.add(2)
r1.tag("a"); r2.tag("b"); r2.tag("c")
print(Registry.items, r1.items is r2.items, r1.tags, r2.tags, Registry.tags)
print("tags" in vars(r1), "items" in vars(r1))
class Config:
    defaults = {"debug": False, "level": 1}
    def __init__(self, **kw):
        self.settings = {**self.defaults, **kw}
    def __getattr__(self, name):
        try:
            return self.settings[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
c = Config(level=3)
print(c.debug, c.level, c.settings)
try:
    c.color
except AttributeError as e:
    print("AttributeError:", e)
