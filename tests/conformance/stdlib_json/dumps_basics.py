# json.dumps defaults: separators, escaping, key conversion
import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "text"}))
print(json.dumps([1, "two", {"three": 3}]), json.dumps("é\n\t\"q\""), json.dumps("é", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps(3.0), json.dumps(1e16), json.dumps(0.1 + 0.2), json.dumps(2 ** 70), json.dumps(-0.0))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps("\u2603 \U0001f600"), json.dumps("ctrl\x01\x1f"), json.dumps("/slash\\back"))
print(json.dumps({"z": 1, "a": 2}, sort_keys=True))
