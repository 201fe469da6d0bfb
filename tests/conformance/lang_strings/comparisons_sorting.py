# string comparison and sorting
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Éclair", "éclair"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
print("apple" < "banana", "Zebra" < "apple", "abc" < "abcd", "" < "a", "a" * 3 == "aaa")
print(max(words), min(words), max(words, key=len))
print("b" in "abc", "ab" in "abc", "" in "abc", "x" not in "abc")
print(sorted("hello world"), "".join(sorted("hello", reverse=True)))
