# misc syntax: chained methods, ternaries in comprehensions, nested functions in loops
records = [" Alice:30 ", "bob:25", " carol : 35", "dave:x"]
parsed = []
for r in records:
    name, _, age = r.strip().partition(":")
    parsed.append((name.strip().title(), int(age) if age.strip().isdigit() else None))
print(parsed)
valid = sorted((p for p in parsed if p[1] is not None), key=lambda p: -p[1])
print(valid)
print([n if a is None else f"{n}({a})" for n, a in parsed])
funcs = {}
for op in ["upper", "lower", "title"]:
    funcs[op] = (lambda o: lambda s: getattr(s, o)())(op)
print({k: f("hello World") for k, f in funcs.items()})
