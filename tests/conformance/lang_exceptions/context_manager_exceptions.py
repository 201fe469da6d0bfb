# with statement exception handling and suppression
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.kinds):
            print("suppressed", t.__name__, v)
            return True
        return False
with Suppress(KeyError):
    {}["x"]
print("after first")
with Suppress(KeyError, IndexError):
    [][1]
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
class Transaction:
    def __init__(self):
        self.ops = []
    def __enter__(self):
        print("begin")
        return self.ops
    def __exit__(self, t, v, tb):
        print("rollback" if t else "commit", self.ops)
for fail in [False, True]:
    try:
        with Transaction() as ops:
            ops.append("insert")
            if fail:
                raise RuntimeError("db error")
            ops.append("update")
    except RuntimeError as e:
        print("error:", e)
