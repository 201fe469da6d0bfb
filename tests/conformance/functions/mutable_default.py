# default values are evaluated once, at definition time
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

base = 10

def add_base(x, b=base):
    return x + b

base = 20
print(add_base(1), add_base(1, base))

def cache_lookup(key, cache={}):
    if cache.get(key) != None:
        return "hit " + str(cache[key])
    cache[key] = len(cache) + 1
    return "miss " + str(cache[key])

for k in ["a", "b", "a", "c", "b"]:
    print(k, cache_lookup(k))
