# calling a list method on a str
words = "a b c"
print(words.split())
words.append("d")
