# structural pattern matching
def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float():
            return f"number {x}"
        case "":
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case [] :
            return "empty list"
        case [first]:
            return f"one item {first!r}"
        case [first, *rest]:
            return f"list starting {first!r} + {len(rest)} more"
        case {"type": "point", "x": px, "y": py}:
            return f"point({px}, {py})"
        case {"type": t, **others}:
            return f"typed {t} with {sorted(others)}"
        case (a, b):
            return f"pair {a} {b}"
        case None:
            return "none"
        case _:
            return f"other {type(x).__name__}"
for v in [0, -5, 7, 2.5, "", "abc", [], [1], [1, 2, 3], {"type": "point", "x": 1, "y": 2},
          {"type": "circle", "r": 3, "c": 0}, (1, 2), None, {1, 2}, {"no": "type"}]:
    print(repr(v), "->", describe(v))
