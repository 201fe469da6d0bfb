# re.sub with strings, backreferences and functions; re.split
import re
print(re.sub(r"\s+", " ", "too    many   spaces\there"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "a bc"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 15 pears"))
print(re.sub(r"[aeiou]", "*", "programming", count=2))
print(re.subn(r"o", "0", "foo boo"))
print(re.split(r"[,;]\s*", "a, b;c,   d"))
print(re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " lead and trail "), re.split(r",", "a,b,c", maxsplit=1))
def camel_to_snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
print([camel_to_snake(n) for n in ["CamelCase", "getHTTPResponse", "simple"]])
print(re.sub(r"\b(\w)", lambda m: m.group(1).upper(), "title case me"))
