# word frequency report over a small corpus, with stopwords and n-grams
import re
from collections import Counter

DOCS = {
    "intro": "Python is a programming language. Python lets you work quickly and integrate systems effectively.",
    "async": "Async programming in Python uses coroutines. Coroutines let a program work on many tasks; tasks wait on IO.",
    "agents": "Agents write Python programs. The programs call tools, and tools return data to the agents quickly.",
}
STOP = {"a", "and", "the", "is", "in", "on", "to", "you", "let", "lets", "uses"}

def words(text):
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP]

per_doc = {name: Counter(words(text)) for name, text in DOCS.items()}
overall = Counter()
for c in per_doc.values():
    overall.update(c)

print("top words:")
for word, n in overall.most_common(6):
    docs = [name for name, c in per_doc.items() if word in c]
    print(f"  {word:<12} {n:>2}  in {', '.join(docs)}")

print("unique per doc:")
for name, c in per_doc.items():
    others = Counter()
    for other, oc in per_doc.items():
        if other != name:
            others.update(oc)
    unique = sorted(w for w in c if w not in others)
    print(f"  {name:<7} {len(unique):>2} {unique[:5]}")

bigrams = Counter()
for text in DOCS.values():
    ws = words(text)
    bigrams.update(zip(ws, ws[1:]))
print("bigrams:", [" ".join(b) for b, n in bigrams.most_common(3) if n > 1])

lengths = Counter(len(w) for w in words(" ".join(DOCS.values())))
for length in sorted(lengths):
    print(f"  len {length:>2}: {'=' * lengths[length]}")
sentences = [s.strip() for text in DOCS.values() for s in re.split(r"[.;]", text) if s.strip()]
print(len(sentences), "sentences; longest:", max(sentences, key=len))
