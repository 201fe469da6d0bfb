# string comparison and sorting (lexicographic by code point)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "a", ""]
print(sorted(words))
print(sorted(words, reverse=True))
print(min(words), max(words))
print(sorted([w.lower() for w in words]))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
print(sorted("hello world"))
print("".join(sorted("pycps")))
names = ["bob", "alice", "carol"]
ordered = sorted(names)
for i, n in enumerate(ordered, 1):
    print(i, n, n == ordered[0])
print(max(["x9", "x10", "x1"]), min("zebra"))
