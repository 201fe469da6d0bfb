# unicode strings: length, ord/chr, encode
s = "héllo wörld ✓ 日本"
print(len(s), s.upper(), s.encode("utf-8"), len(s.encode("utf-8")))
print([ord(c) for c in "aé✓"], chr(9731), chr(0x1F600), "\u2603" == chr(9731))
print(s.encode("utf-8").decode("utf-8") == s, "café".encode("ascii", "replace"), "café".encode("ascii", "ignore"))
print(sorted("bäaÄ"), "ä" > "z", min("zebra"), max("Zebra"))
print(repr("\u00e9"), repr("\x00"), repr("\t"), ascii("naïve"))
print("日本語".center(9, "-"), "✓".join(["a", "b"]), "ü".isalpha(), "٣".isdigit())
print(b"abc".decode(), bytes([104, 105]), "hi".encode() + b"!", list(b"AZ"))
