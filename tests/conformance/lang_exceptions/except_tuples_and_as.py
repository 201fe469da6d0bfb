# except with tuples, except ordering, and the `as` name scope
def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return len(5)
    if kind == "value":
        return int("x")
    return "fine"
for kind in ["key", "index", "type", "value", "none"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup problem:", type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print("bad input:", type(e).__name__, e)
try:
    raise KeyError("x")
except LookupError as e:
    print("caught by base class:", repr(e))
err = None
try:
    1 / 0
except ZeroDivisionError as exc:
    err = exc
print(type(err).__name__, err.args)
try:
    exc
except NameError as e:
    print("NameError:", e)
