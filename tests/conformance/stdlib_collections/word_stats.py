# combining Counter, defaultdict and deque for text statistics
from collections import Counter, defaultdict, deque
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief"""
words = [w.strip(",.").lower() for w in text.split()]
freq = Counter(words)
print(freq.most_common(4))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
followers = defaultdict(Counter)
for a, b in zip(words, words[1:]):
    followers[a][b] += 1
print({w: followers[w].most_common(2) for w in ["the", "of"]})
window = deque(maxlen=3)
longest = []
for w in words:
    window.append(w)
    if len(set(window)) == 3 and not longest:
        longest = list(window)
print(longest)
by_len = defaultdict(list)
for w in dict.fromkeys(words):
    by_len[len(w)].append(w)
print(sorted(by_len.items()))
