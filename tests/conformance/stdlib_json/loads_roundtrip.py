# json.loads and round trips
import json
text = '{"id": 7, "price": 19.99, "ok": true, "missing": null, "tags": ["x", "y"], "big": 123456789012345678901234567890, "exp": 1e3, "neg": -0.5, "uni": "caf\\u00e9 \\ud83d\\ude00"}'
obj = json.loads(text)
print(obj)
print(type(obj["big"]).__name__, type(obj["exp"]).__name__, obj["uni"])
print(json.loads(json.dumps(obj)) == obj)
print(json.loads("[]"), json.loads("3"), json.loads('"s"'), json.loads("null"), json.loads(" [1 , 2] "))
print(json.loads('{"a": 1, "a": 2}'), json.loads("-0"), json.loads("1E2"), json.loads("Infinity"), json.loads("NaN"))
for value in [[1, {"k": (1, 2)}], {"t": True}, "x\ny", 2.5, None]:
    s = json.dumps(value)
    print(s, json.loads(s))
