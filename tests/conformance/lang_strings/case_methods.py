# case conversion and predicates, with unicode
words = ["hello world", "HELLO", "hello-world it's", "ßtraße", "ǆemal", "123abc", "İstanbul"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("Straße".casefold(), "Straße".lower(), "ﬁ".upper())
print("abc".islower(), "ABC".isupper(), "Abc Def".istitle(), "aBC".isupper())
print("123".isdigit(), "١٢٣".isdigit(), "½".isnumeric(), "½".isdigit(), "12.5".isdecimal())
print("abc".isalpha(), "é".isalpha(), "abc1".isalnum(), "   ".isspace(), "".isspace(), "a_b".isidentifier())
print("Hello".center(11, "*"), "Hello".ljust(8, "."), "Hello".rjust(8), "42".zfill(5), "-42".zfill(6))
