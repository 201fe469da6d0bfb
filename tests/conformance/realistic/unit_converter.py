# a unit converter with a conversion graph (BFS over factors) and error handling
from collections import deque

FACTORS = [
    ("km", "m", 1000), ("m", "cm", 100), ("cm", "mm", 10), ("mi", "ft", 5280), ("ft", "in", 12), ("in", "cm", 2.54),
    ("kg", "g", 1000), ("lb", "oz", 16), ("kg", "lb", 2.20462), ("h", "min", 60), ("min", "s", 60), ("day", "h", 24),
]
graph = {}
for a, b, f in FACTORS:
    graph.setdefault(a, []).append((b, f))
    graph.setdefault(b, []).append((a, 1 / f))

class ConversionError(Exception):
    pass

def factor(src, dst):
    if src not in graph or dst not in graph:
        raise ConversionError(f"unknown unit {src if src not in graph else dst!r}")
    seen = {src: 1.0}
    q = deque([src])
    while q:
        u = q.popleft()
        if u == dst:
            return seen[u]
        for v, f in graph[u]:
            if v not in seen:
                seen[v] = seen[u] * f
                q.append(v)
    raise ConversionError(f"cannot convert {src} to {dst}")

def convert(text):
    qty, src, _, dst = text.split()
    value = float(qty) * factor(src, dst)
    return f"{qty} {src} = {value:.6g} {dst}"

for q in ["1 km to mm", "3 mi to km", "5 ft to cm", "2 day to s", "70 kg to lb", "12 oz to g", "1 kg to m", "3 parsec to m", "100 s to h"]:
    try:
        print(convert(q))
    except ConversionError as e:
        print(f"{q}: error: {e}")
print(sorted(graph), len(FACTORS))
