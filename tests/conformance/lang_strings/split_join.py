# split, rsplit, splitlines, join
line = "  alpha  beta\tgamma\n delta  "
print(line.split())
print(line.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,c".rsplit(",", 1))
print("one  two   three".split(None, 1), "".split(), "".split(","))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="))
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(str(n) for n in range(5)))
print(" | ".join(w.capitalize() for w in "the quick brown fox".split()))
print("a b c".split(maxsplit=1), "/usr/local/bin".split("/"))
