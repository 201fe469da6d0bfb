# escapes, quotes and unicode in str and repr
samples = ["quote's", "dq\"", "both'\"", "tab\t", "nl\n", "cr\r", "bell\x07", "null\x00",
           "caf\u00e9", "snow \u2603", "back\\", "\x7f"]
for s in samples:
    print(repr(s), len(s))
print("caf\u00e9".upper(), "\u00c9T\u00c9".lower())
print("line one\nline two")
print("col1\tcol2")
print('single', "double", '''triple''', """triple double""")
raw = r"C:\new\table"
print(raw, len(raw), repr(raw))
print("a" "b" "c")
print("\\n is a newline escape")
