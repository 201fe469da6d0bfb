# dispatch JSON-like events with mapping patterns, nested sequences and **rest
events = [
    {"type": "click", "pos": [10, 20], "button": "left"},
    {"type": "click", "pos": [0, 0]},
    {"type": "key", "key": "q", "mods": ["ctrl"]},
    {"type": "key", "key": "a", "mods": []},
    {"type": "resize", "size": {"w": 800, "h": 600}, "dpi": 2},
    {"type": "scroll", "delta": -3, "source": "wheel", "smooth": True},
    {"type": "move"},
    {"kind": "legacy", "payload": None},
    ["not", "a", "dict"],
    "click",
]


def describe(event):
    match event:
        case {"type": "click", "pos": [0, 0]}:
            return "click at origin"
        case {"type": "click", "pos": [x, y], "button": button}:
            return f"{button} click at ({x}, {y})"
        case {"type": "key", "key": "q", "mods": ["ctrl"]}:
            return "quit shortcut"
        case {"type": "key", "key": k, "mods": []}:
            return f"plain key {k}"
        case {"type": "resize", "size": {"w": w, "h": h}, **extra}:
            return f"resize to {w}x{h}, extra={extra}"
        case {"type": "scroll", "delta": int(d), **rest} if d < 0:
            return f"scroll up {-d} with {sorted(rest)}"
        case {"type": str(t)}:
            return f"unhandled event type {t}"
        case {"payload": None, **rest}:
            return f"empty payload, keys {list(rest)}"
        case {}:
            return "some other mapping"
        case _:
            return f"not an event: {event!r}"


for e in events:
    print(describe(e))

counts = {}
for e in events:
    match e:
        case {"type": t}:
            counts[t] = counts.get(t, 0) + 1
print(counts)
