# every literal form
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple "double" with 'quotes'"""
e = r"raw \n stays \t"
f = "implicit " "concatenation " 'works'
g = "tab\there\nnewline \\ backslash \x41 \u00e9 \N{GREEK SMALL LETTER ALPHA} \101"
h = rb"raw bytes \n"
print(a, b)
print(c)
print(d)
print(e, len(e))
print(f)
print(g)
print(repr(g))
print(h, b"bytes\x00\xff", len(h))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"), repr("\r\n\t\x07"))
print("" == '', len(""), "a" * 0, "ab" * 3)
