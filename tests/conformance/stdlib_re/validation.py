# validating inputs with regexes
import re
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([\w.]+))?$")
HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
for e in ["a@b.co", "first.last+tag@sub.example.org", "no-at.com", "x@y", "@a.b"]:
    print(f"{e:<32} {bool(EMAIL.match(e))}")
for v in ["1.2.3", "01.2.3", "10.20.30-beta.1", "1.2"]:
    m = SEMVER.match(v)
    print(v, m.groups() if m else "invalid")
for c in ["#fff", "#A1B2C3", "123456", "#ggg", "#1234"]:
    m = HEX.match(c)
    print(c, m.group(1).lower() if m else None)
