# what json.dumps does with various Python values
import json
values = [0, -1, 1.5, 1e-7, 123456789.123, True, None, "", "a\"b", [None], {"": 0}, (), 10 ** 20, 1.0, 100.0]
for v in values:
    print(repr(v), "->", json.dumps(v))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"k": "v"}, skipkeys=True), json.dumps({(1,): 1, "ok": 2}, skipkeys=True))
