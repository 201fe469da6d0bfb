# indexing and slicing with steps
s = "Hello, World!"
print(s[0], s[-1], s[7:12], s[:5], s[7:], s[-6:-1])
print(s[::2], s[::-1], s[1::3], s[-1:-8:-2], s[100:], s[:100], s[5:2])
print(s[::-1][::-1] == s, s[len(s):], repr(s[3:3]))
word = "racecar"
print(word == word[::-1], "python"[::-1])
u = "naïve café 日本語"
print(u[2], u[-3:], u[::-1], len(u))
for i in range(0, len(s), 4):
    print(repr(s[i:i + 4]))
print(s[slice(0, 5)], s[slice(None, None, -3)])
