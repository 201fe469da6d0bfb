# conditional expressions, short-circuit evaluation, truthiness
def loud(v):
    print("eval", v)
    return v
print(loud(0) and loud(1))
print(loud(1) and loud(2))
print(loud("") or loud("default"))
print(loud([1]) or loud("skipped"))
x = 7
print("odd" if x % 2 else "even", "big" if x > 100 else "medium" if x > 5 else "small")
print(not [], not [0], [] or {} or "last", 0 and 1 / 0)
name = None
print(name or "anonymous", (name or "").upper() or "EMPTY")
values = [0, "", None, [], 3, "a"]
print([bool(v) for v in values], [v for v in values if v])
