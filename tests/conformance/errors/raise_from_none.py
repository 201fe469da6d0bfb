# raise ... from None
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no such setting: {k}") from None
print(get({"a": 1}, "a"))
get({"a": 1}, "b")
