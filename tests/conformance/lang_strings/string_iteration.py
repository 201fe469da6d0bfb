# iterating over strings, enumerate, zip, in
s = "hello"
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
print(list(s), tuple("ab"), [c * 2 for c in s], {c: s.count(c) for c in s})
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels)
print(list(zip("abc", "123")), ["".join(p) for p in zip("abc", "xyz")])
print(list(reversed("abc")), "".join(c for c in "a1b2c3" if c.isdigit()))
pal = "A man, a plan, a canal: Panama"
letters = [c.lower() for c in pal if c.isalnum()]
print(letters == letters[::-1], "".join(letters))
