# IGNORECASE, MULTILINE, DOTALL, VERBOSE
import re
text = "First line\nsecond Line\nTHIRD LINE"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.MULTILINE))
print(re.findall(r"line", text, re.I), re.findall(r"line$", text, re.I | re.M))
print(re.search(r"First.*Line", text), re.search(r"First.*Line", text, re.S).group())
phone = re.compile(r"""
    \(?(\d{3})\)?   # area code
    [\s.-]?
    (\d{3})         # prefix
    [\s.-]?
    (\d{4})         # line
""", re.VERBOSE)
for p in ["(555) 123-4567", "555.987.6543", "5551112222", "12-34"]:
    m = phone.search(p)
    print(p, "->", "-".join(m.groups()) if m else None)
print(re.findall(r"(?i)hello", "Hello HELLO hello"))
