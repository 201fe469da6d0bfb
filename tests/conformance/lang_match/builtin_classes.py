# class patterns with built-in types: self-matching positional sub-patterns
def what(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s) | bytes(s):
            return f"text {s!r} of {len(s)}"
        case tuple((a, b)):
            return f"pair tuple {a},{b}"
        case list([first, *_]):
            return f"list starting with {first}"
        case list() | tuple():
            return "empty sequence"
        case dict({"id": i}):
            return f"record {i}"
        case dict(d):
            return f"dict of {len(d)}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return f"other {type(x).__name__}"


for x in [True, 0, -5, 42, 2.5, "", b"", "hey", b"yo", (1, 2), (1, 2, 3),
          [7, 8], [], (), {"id": 9}, {"a": 1, "b": 2}, {1, 2}, frozenset(), None, range(3)]:
    print(f"{x!r:20} {what(x)}")


def seq_or_text(x):
    match x:
        case [a, b]:
            return f"two items {a!r} {b!r}"
        case (a, b, c):
            return f"three items {a!r} {b!r} {c!r}"
        case [*items]:
            return f"{len(items)} items"
        case _:
            return "not a sequence"


for x in ["ab", b"ab", "abc", [1, 2], (1, 2, 3), range(2), range(5), {1: 2, 3: 4}]:
    print(f"{x!r:14} {seq_or_text(x)}")
