# str() and repr() of nested values
values = [
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "tab\there",
    "new\nline",
    "back\\slash",
    "",
    42,
    -7,
    3.0,
    0.1,
    None,
    True,
    [1, "two", 3.5, None],
    ("one",),
    (),
    {"key": "value", "n": [1, 2]},
]
for v in values:
    print(str(v), "|", repr(v))
print([["nested", ["deep"]], {"a": ("t", 1)}])
print(repr(repr("x")))
print(f"{values[1]!r} and {values[0]}")
