# mapping and sequence patterns over collections types and ranges
from collections import Counter, OrderedDict, defaultdict, deque


def shape_of(obj):
    match obj:
        case {"total": t, **others} if not others:
            return f"only a total {t}"
        case {"a": a, **others}:
            return f"has a={a}, {len(others)} others"
        case {}:
            return f"mapping of {len(obj)}"
        case [x]:
            return f"one element {x}"
        case [x, *middle, y]:
            return f"{x}..{y} ({len(middle)} between)"
        case []:
            return "empty sequence"
        case _:
            return "neither"


words = "a b a c a b".split()
counter = Counter(words)
dd = defaultdict(list)
dd["total"].append(1)
od = OrderedDict(b=2, c=3)
samples = [
    ("Counter", counter), ("defaultdict", dd), ("OrderedDict", od), ("dict", {}),
    ("deque", deque([1])), ("deque", deque([1, 2, 3, 4])), ("range", range(0)),
    ("range", range(10, 15)), ("list", [None]), ("str", "text"), ("float", 3.0),
]
for label, obj in samples:
    print(f"{label:12} {shape_of(obj)}")

match dd:
    case {"missing": _}:
        print("found missing?")
    case _:
        print("missing was not created:", sorted(dd))
