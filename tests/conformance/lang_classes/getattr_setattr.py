# getattr/setattr/hasattr/delattr and dynamic attributes
class Obj:
    pass
o = Obj()
setattr(o, "color", "red")
o.size = 3
print(getattr(o, "color"), getattr(o, "missing", None), hasattr(o, "size"), hasattr(o, "nope"))
for name in ["color", "size", "weight"]:
    print(name, getattr(o, name, "n/a"))
delattr(o, "color")
print(hasattr(o, "color"), vars(o))
class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
t = Tracked()
t.a = 1
t.b = 2
t.a = 3
print(t.log, t.a, t.b)
try:
    o.nothing
except AttributeError as e:
    print("AttributeError:", e)
