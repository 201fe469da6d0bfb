# match against nested JSON-like events
events = [
    {"kind": "click", "pos": [10, 20], "button": "left"},
    {"kind": "click", "pos": [0, 0]},
    {"kind": "key", "key": "q", "mods": ["ctrl"]},
    {"kind": "key", "key": "a", "mods": []},
    {"kind": "scroll", "delta": -3},
    {"kind": "resize", "size": (800, 600)},
    ["not", "a", "dict"],
]
for ev in events:
    match ev:
        case {"kind": "click", "pos": [x, y], "button": b}:
            print(f"{b} click at {x},{y}")
        case {"kind": "click", "pos": [0, 0]}:
            print("click at origin")
        case {"kind": "key", "key": k, "mods": [*mods]} if mods:
            print(f"shortcut {'+'.join(mods)}+{k}")
        case {"kind": "key", "key": str() as k}:
            print("plain key", k)
        case {"kind": "scroll", "delta": int(d)} if d < 0:
            print("scroll up", -d)
        case {"kind": "resize", "size": (w, h)}:
            print("resize", w * h)
        case [*items]:
            print("sequence of", len(items))
