# nested or-patterns, as-patterns and deep structures in one case
def classify(v):
    match v:
        case ["one", a] | [(a, 1) | (a, 2)]:
            return f"pair-ish {a}"
        case {"point": (x, y) | [x, y]} | {"x": x, "y": y}:
            return f"point {x},{y}"
        case [[[deep]]] | [[deep]] as whole:
            return f"deep {deep} in {whole}"
        case ((0 | 1) as bit, *bits) if all(b in (0, 1) for b in bits):
            return f"bits starting with {bit}: {len(bits) + 1} long"
        case (str() | bytes()) as text if len(text) > 3:
            return f"long text {text!r}"
        case [*_, {"id": (int() | float()) as ident}]:
            return f"last record id {ident}"
        case _:
            return f"unmatched {v!r}"


samples = [
    ("one", 5), [(6, 1)], [(7, 2)], [(8, 3)],
    {"point": (1, 2)}, {"point": [3, 4]}, {"x": 5, "y": 6}, {"point": (1, 2, 3)},
    [[[9]]], [[10]], [[11, 12]],
    (1, 0, 1, 1), (0,), (1, 2),
    "hello", b"bytes!", "hi",
    [{"id": 1}, {"id": 2.5}], [{"id": "x"}],
]
for s in samples:
    print(classify(s))
