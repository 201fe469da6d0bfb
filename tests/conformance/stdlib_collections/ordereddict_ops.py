# OrderedDict: move_to_end, popitem(last=False), equality
from collections import OrderedDict
od = OrderedDict()
for k in "bca":
    od[k] = ord(k)
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("a", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1})
print(OrderedDict.fromkeys("abc", 0))
