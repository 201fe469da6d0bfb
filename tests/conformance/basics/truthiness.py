# truthiness of every basic type and the values and/or return
values = [0, 1, -1, 0.0, 2.5, "", "x", [], [0], (), (1,), {}, {"a": 1}, None, True, False]
for v in values:
    print(repr(v), bool(v), not v)

print(0 or "fallback")
print("first" or "second")
print(None and "never")
print(3 and 4)
print([] or {} or "last")
print(1 and 2 and 3)
print(1 and 0 and 3)
print(not not "x")

def pick(a, b):
    return a or b

print(pick("", "default"), pick("given", "default"))
count = 0
name = ""
label = name or "anonymous"
print(label)
if not count and not name:
    print("both empty")
if values and len(values) > 10:
    print("many values:", len(values))
