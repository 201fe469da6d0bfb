# sets of small ints (deterministic order); strings only via sorted()
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}))
s = set()
s.add(3); s.add(1); s.add(3); s.update([2, 8])
print(s, len(s), 3 in s)
s.discard(100); s.remove(8)
print(s, s.pop(), s)
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words)
print(sorted({w[0] for w in ["bob", "amy", "bill"]}))
fs = frozenset([3, 1, 2])
print(fs, fs | {5}, frozenset() == set(), {1, 2} == {2, 1}, {1} < {1, 2})
print(set(), set([1, 1, 2]), {x % 3 for x in range(10)})
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
