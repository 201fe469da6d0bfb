# Merging layered configuration with deepcopy so the defaults never change.
import copy

DEFAULTS = {
    "server": {"host": "localhost", "port": 8080, "tls": {"enabled": False, "ciphers": ["aes"]}},
    "workers": 4,
    "features": ["search", "export"],
    "limits": (10, [100, 200]),
}


def merge(base, override):
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


prod = merge(DEFAULTS, {"server": {"host": "prod.example", "tls": {"enabled": True}}, "workers": 16})
prod["server"]["tls"]["ciphers"].append("chacha")
prod["features"].remove("export")
prod["limits"][1].append(300)
print("defaults:", DEFAULTS)
print("prod:    ", prod)

shallow = copy.copy(DEFAULTS)
print("shallow shares nested:", shallow["server"] is DEFAULTS["server"], shallow is DEFAULTS)

# tuples of immutables are returned as is, tuples holding lists are rebuilt
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t, copy.deepcopy(DEFAULTS["limits"]) is DEFAULTS["limits"])

# shared references stay shared inside one deepcopy
shared = [1, 2]
doc = {"a": shared, "b": shared}
doc2 = copy.deepcopy(doc)
print(doc2["a"] is doc2["b"], doc2["a"] is shared)

# cycles
ring = ["head"]
ring.append(ring)
ring2 = copy.deepcopy(ring)
print(ring2, ring2[1] is ring2, ring2 is ring)
d = {"name": "loop"}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2, d2)

# memo dictionary
memo = {}
x = [[1], [2]]
y = copy.deepcopy(x, memo)
print(len(memo), memo[id(x)] is y)

# sets and frozensets
s = {1, 2, 3}
print(copy.copy(s), copy.deepcopy(frozenset([4, 5])), copy.copy(s) is s)
print(copy.copy(42), copy.deepcopy("text"), copy.copy(None), copy.deepcopy(len) is len)
