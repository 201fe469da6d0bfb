# SimpleNamespace as a lightweight record, MappingProxyType as a read-only view, type objects.
import types
from types import SimpleNamespace, MappingProxyType

cfg = SimpleNamespace(host="localhost", port=8080, debug=False)
cfg.workers = 4
print(cfg)
print(cfg.host, cfg.port, vars(cfg))
cfg.port += 1
del cfg.debug
print(cfg, repr(SimpleNamespace()))
print(cfg == SimpleNamespace(host="localhost", port=8081, workers=4), cfg == SimpleNamespace(host="x"))
print(SimpleNamespace(a=[1, 2], b={"k": SimpleNamespace(z=1)}))
try:
    hash(cfg)
except TypeError as e:
    print("TypeError:", e)
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
records = [SimpleNamespace(name=n, score=s) for n, s in [("ann", 3), ("bob", 9), ("cid", 5)]]
print(max(records, key=lambda r: r.score).name, sorted(r.name for r in records if r.score > 4))

settings = {"mode": "fast", "retries": 3}
view = MappingProxyType(settings)
print(view["mode"], len(view), list(view), "retries" in view, view.get("x", "default"))
print(view, sorted(view.items()), list(view.keys()), list(view.values()))
settings["mode"] = "slow"
print(view["mode"], view.copy())
try:
    view["mode"] = "hack"
except TypeError as e:
    print("TypeError:", e)


def plain():
    return 1


def gen():
    yield 1


class K:
    def method(self):
        pass


print(isinstance(plain, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(gen(), types.GeneratorType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(K().method, types.MethodType), isinstance(None, types.NoneType))
print(isinstance(K.method, types.FunctionType), isinstance(plain, types.GeneratorType))
