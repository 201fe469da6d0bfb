# string indexing and slicing, negative indices and steps
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[8:2:-2])
print(repr(s[5:2]), repr(s[20:]), s[-100:3], s[:100])
print(s[1:-1][::-1])

def is_palindrome(w):
    w = w.lower()
    return w == w[::-1]

for w in ["Racecar", "level", "python", "Noon", "a", ""]:
    print(repr(w), is_palindrome(w))
msg = "hello world"
print(msg[:5].upper() + msg[5:])
i = 0
chunks = []
while i < len(s):
    chunks.append(s[i:i + 3])
    i += 3
print(chunks)
print(len(s[::3]), s[::3])
