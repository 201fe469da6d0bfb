# repr of nested containers, including recursive ones
data = {"name": "x", "tags": ["a", "b"], "pos": (1, 2.5), "meta": {"ok": True, "none": None}}
print(data)
print([data["tags"], [[]], [()], [{}]])
print(repr((1,)), repr([1, (2, [3, {4: "5"}])]))
loop = [1, 2]
loop.append(loop)
print(loop)
d = {"self": None}
d["self"] = d
print(d)
a = [1]
b = [a, a]
print(b)
print(str([1.0, -0.0, 1e100, "q'"]))
print([None, True, False, 0.1, "tab\t"])
