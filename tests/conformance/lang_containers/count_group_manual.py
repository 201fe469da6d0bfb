# grouping and counting without libraries
words = "the cat and the hat and the bat sat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in words:
    by_len.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:3])
first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print(first_seen)
unique_in_order = list(dict.fromkeys(words))
print(unique_in_order)
