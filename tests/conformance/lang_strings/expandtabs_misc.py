# less common str methods
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), repr("\t".expandtabs(2)))
print("hello world".translate(str.maketrans("lo", "01")), "abc".translate({ord("a"): "A", ord("b"): None}))
print(str.maketrans("ab", "xy", "c"))
print("  x  ".isspace(), "ab12".isalnum(), "Title Case Words".istitle())
print("one two".title(), "they're bill's".title(), "x1y2".upper())
print("%-6s|" % "ab", "ab".ljust(1), "abc".center(6), "abc".center(7, "."))
print("A-B-C".split("-", -1), "a\nb\r\nc\rd".splitlines(), "x".zfill(3), "+x".zfill(4))
print("abcabc".index("c", 3), "abc".rfind(""), "abc".find(""), "aaa".rfind("a", 0, 2))
