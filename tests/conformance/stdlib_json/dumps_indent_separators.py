# json.dumps with indent, separators and sort_keys
import json
data = {"name": "widget", "tags": ["a", "b"], "dims": {"w": 2, "h": 3.5}, "empty": [], "nested": [{"x": []}, {}]}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(data["dims"], indent=2, separators=(",", " = ")))
