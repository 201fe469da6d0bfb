# an in-memory key-value store with nested transactions (begin/commit/rollback)
class TxError(Exception):
    pass

class Store:
    _DELETED = object()

    def __init__(self):
        self.data = {}
        self.layers = []

    def get(self, key, default=None):
        for layer in reversed(self.layers):
            if key in layer:
                v = layer[key]
                return default if v is self._DELETED else v
        return self.data.get(key, default)

    def set(self, key, value):
        (self.layers[-1] if self.layers else self.data)[key] = value

    def delete(self, key):
        if self.get(key) is None:
            raise KeyError(key)
        if self.layers:
            self.layers[-1][key] = self._DELETED
        else:
            del self.data[key]

    def begin(self):
        self.layers.append({})

    def rollback(self):
        if not self.layers:
            raise TxError("no transaction")
        self.layers.pop()

    def commit(self):
        if not self.layers:
            raise TxError("no transaction")
        top = self.layers.pop()
        target = self.layers[-1] if self.layers else self.data
        for k, v in top.items():
            if v is self._DELETED and not self.layers:
                target.pop(k, None)
            else:
                target[k] = v

    def count(self, value):
        keys = set(self.data)
        for layer in self.layers:
            keys |= set(layer)
        return sum(1 for k in keys if self.get(k) == value)

s = Store()
script = """
set a 10
set b 10
count 10
begin
set a 20
get a
begin
delete b
get b
count 10
rollback
get b
commit
get a
rollback
begin
set c 30
delete a
commit
get a
get c
delete zz
commit
"""
for line in script.strip().splitlines():
    cmd, *args = line.split()
    try:
        if cmd == "set":
            s.set(args[0], int(args[1]))
            out = "ok"
        elif cmd == "get":
            out = s.get(args[0], "NULL")
        elif cmd == "delete":
            s.delete(args[0])
            out = "deleted"
        elif cmd == "count":
            out = s.count(int(args[0]))
        else:
            getattr(s, cmd)()
            out = f"{cmd} (depth {len(s.layers)})"
    except TxError as e:
        out = f"error: {e}"
    except KeyError as e:
        out = f"error: no key {e}"
    print(f"{line:<12} -> {out}")
print(dict(sorted(s.data.items())))
