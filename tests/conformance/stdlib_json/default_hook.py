# json.dumps default= for custom types, and object_hook on loads
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")
data = {"origin": Point(0, 0), "ids": {3, 1, 2}, "path": [Point(1, 2), Point(3, 4)]}
s = json.dumps(data, default=encode)
print(s)
def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
print(json.loads(s, object_hook=decode))
try:
    json.dumps({"bad": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"p": Point(5, 6)}, default=lambda o: o.__dict__, sort_keys=True))
