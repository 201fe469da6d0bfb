# raising built-in exceptions with messages, propagation through calls
def parse_age(text):
    value = int(text)
    if value < 0:
        raise ValueError("age must be non-negative, got " + str(value))
    if value > 150:
        raise ValueError(f"age {value} is not plausible")
    return value

def load(rows):
    ok = []
    errors = []
    for row in rows:
        try:
            ok.append(parse_age(row))
        except ValueError as e:
            errors.append(str(e))
    return ok, errors

good, bad = load(["31", "-4", "abc", "200", "7"])
print(good)
for msg in bad:
    print("error:", msg)

def level3(x):
    if x == 0:
        raise ZeroDivisionError("custom zero")
    return 10 / x

def level2(x):
    return level3(x) * 2

def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        return "level1 caught: " + str(e)

print(level1(4), level1(0))
try:
    raise RuntimeError("plain runtime error")
except RuntimeError as e:
    print(repr(e), e)
