# a regex-based tokenizer
import re
TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.?\d*)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/()=<>!]=?|,))")
def tokenize(src):
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"bad char {src[pos]!r} at {pos}")
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out
for src in ["x = 3.14 * r ** 2", "f(a, b) >= 10", "total+=1", "a $ b"]:
    try:
        print(tokenize(src))
    except SyntaxError as e:
        print("SyntaxError:", e)
