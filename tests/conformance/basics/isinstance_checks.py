# isinstance with builtin types (bool is an int)
def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, list):
        return "list of " + str(len(v))
    if isinstance(v, tuple):
        return "tuple of " + str(len(v))
    if isinstance(v, dict):
        return "dict with keys " + ", ".join(sorted(list(v.keys())))
    if v == None:
        return "none"
    return "other"

things = [True, 3, 2 ** 70, 1.5, "s", [1, 2], (1,), {"b": 1, "a": 2}, None]
for t in things:
    print(repr(t), "->", describe(t))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float))
print(isinstance("x", (int, str)), isinstance(2.0, (int, str)))
