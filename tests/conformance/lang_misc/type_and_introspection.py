# type(), __class__, __name__, isinstance checks for dispatch
def kind(v):
    return type(v).__name__
vals = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, len, range(2), kind]
print([kind(v) for v in vals])
print(type(1) is int, type(True) is bool, (1).__class__.__name__, [].__class__ is list)
def render(v):
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, (int, float)):
        return f"{v:.1f}"
    if isinstance(v, str):
        return v.upper()
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(render(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {render(x)}" for k, x in v.items()) + "}"
    return repr(v)
print(render([1, True, "a", (2.5, None), {"k": [False]}]))
