# word frequencies over a small text
text = """the cat sat on the mat
the dog sat on the log
a cat and a dog met on a mat"""
counts = {}
for line in text.split("\n"):
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
print(len(counts), "distinct words")
pairs = sorted([(-c, w) for w, c in counts.items()])
for neg, w in pairs[:5]:
    print(f"{w:>5} {-neg}")
lines = text.split("\n")
print([len(l) for l in lines])
longest = max([len(w) for w in text.split()])
print("longest word length", longest)
print(sorted([w for w in counts.keys() if len(w) == 3]))
initials = "".join([w[0] for w in text.split()]).upper()
print(initials)
