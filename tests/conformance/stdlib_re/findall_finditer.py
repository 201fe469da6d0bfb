# findall and finditer, with and without groups
import re
text = "Order 66 shipped 3 items at 12:45, order 7 pending; total $1,234.50"
print(re.findall(r"\d+", text))
print(re.findall(r"(\d+):(\d+)", text))
print(re.findall(r"[Oo]rder (\d+)", text))
print(re.findall(r"\$([\d,]+\.\d\d)", text))
for m in re.finditer(r"\b(\w)(\w*)\b", "the quick brown"):
    print(m.group(0), m.group(1).upper() + m.group(2), m.start(), m.end())
print([m.span() for m in re.finditer(r"o", "foo boo")])
print(re.findall(r"\w+@\w+\.com", "a@b.com, bad@x, c@d.com"))
print(re.findall(r"", "ab"), re.findall(r"a*", "baaa"))
