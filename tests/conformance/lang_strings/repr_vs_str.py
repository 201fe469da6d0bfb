# repr and str of strings inside containers
items = ["plain", "it's", 'say "x"', "tab\t", "new\nline", "back\\slash", "", "é", "\x7f"]
print(items)
for s in items:
    print(str(s).replace("\n", "\\n"), "->", repr(s))
print(("a",), ("a", "b"), {"k": "v'"}, [["x"]])
print(str(["a"]), repr(["a"]), str("a"), repr(repr("a")))
print("%s|%r" % ("x", "x"), f"{'x'}|{'x'!r}")
