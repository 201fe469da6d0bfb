# upper, lower, strip, replace, startswith, endswith
raw = "   Hello, World!   "
s = raw.strip()
print(repr(s), len(raw), len(s))
print(s.upper(), s.lower())
print(s.replace("World", "pycps"), s.replace("l", "L"), s.replace("zz", "yy"))
print(repr("xxhixx".strip("x")), repr("\t tabbed \n".strip()))
print(s.startswith("Hello"), s.startswith("hello"), s.endswith("!"), s.endswith("World"))
names = ["alice.py", "Bob.txt", "carol.PY", "readme"]
for n in names:
    kind = "python" if n.lower().endswith(".py") else "other"
    print(n, kind, n.upper().startswith("B"))
title = "the quick brown fox"
words = title.split()
capped = []
for w in words:
    capped.append(w[0].upper() + w[1:])
print(" ".join(capped))
print("aaa".replace("a", "bb"), "banana".replace("an", ""))
print("MiXeD CaSe".lower().replace(" ", "_"))
