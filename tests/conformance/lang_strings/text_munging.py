# typical text cleanup tasks
raw = "  The Quick, Brown fox; jumps over THE lazy dog!  The END.  "
clean = raw.strip().lower()
for ch in ",;!.":
    clean = clean.replace(ch, "")
words = clean.split()
print(words)
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
title = " ".join(w.capitalize() for w in words)
print(title)
print(raw.count("The"), raw.lower().count("the"), raw.find("fox"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
snake = "parseHttpResponseCode"
out = "".join("_" + c.lower() if c.isupper() else c for c in snake)
print(out, out.split("_"), "_".join(out.split("_")).title().replace("_", ""))
