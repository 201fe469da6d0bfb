# pycps: xfail
# Counter: counting, most_common, arithmetic
from collections import Counter
words = "the quick brown fox jumps over the lazy dog the end fox".split()
c = Counter(words)
print(c.most_common(3), c["the"], c["missing"], len(c), sum(c.values()))
print(c)
letters = Counter("mississippi")
print(letters, letters.most_common(2), sorted(letters.elements()))
a = Counter(a=3, b=1, c=2)
b = Counter(a=1, b=2, d=5)
print(a + b, a - b, a & b, a | b)
a.update("aab")
a.subtract({"c": 5})
print(a, +a, -a)
print(Counter({"x": 2}) == Counter(x=2), list(Counter("abca").keys()), Counter().most_common())
print(c.total(), dict(Counter([1, 1, 2])))
