# compiled patterns and their methods
import re
word = re.compile(r"[A-Za-z]+")
print(word.pattern, word.findall("it's 2 late, mate"), word.match("  x"), word.search("  x").group())
kv = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>[^;]+)")
cfg = "host = example.org; port=8080;debug = true"
print({m["key"]: m["value"].strip() for m in kv.finditer(cfg)})
print(kv.sub(lambda m: f"{m['key'].upper()}", cfg))
num = re.compile(r"-?\d+(?:\.\d+)?")
print([float(x) for x in num.findall("temps: -3.5, 0, 12.25 and 7")])
print(num.fullmatch("-12.5") is not None, num.fullmatch("12.") is None, num.split("a1b22c"))
print(re.escape("a.b*c?"), re.findall(re.escape("1+1"), "1+1=2, 1+1"))
