# encode/decode with error handlers, str.format details, translate, int/float byte helpers
s = "naïve café ✓"
for enc in ["utf-8", "latin-1", "ascii"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, e.start, e.end)
raw = b"ok \xc3\xa9 \xff \xe2\x82 end"
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    try:
        print(errors, repr(raw.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e, e.reason)
print(raw.decode("latin-1"), b"abc".decode("ASCII"), "x".encode(encoding="UTF8"), str(b"h\xc3\xa9", "utf-8"))
for bad in [lambda: "x".encode("rot-13x"), lambda: b"\xe9".decode("ascii"), lambda: "é".encode("ascii", "bogus")]:
    try:
        bad()
    except (LookupError, UnicodeError) as e:
        print(type(e).__name__ + ":", e)
print("{:{}{}}|{:^{w}.{p}f}|".format("ab", ">", 6, 3.14159, w=9, p=2), "{0:>{1}}|{2:{1}}".format("r", 4, 7))
print("{0[1]}-{0[0]} {1.real} {k!r:>6}".format(["x", "y"], 3, k="z"), "{a}+{b}".format_map({"a": 1, "b": 2}))
for tmpl, args in [("{0}{}", (1, 2)), ("{", ()), ("}", ()), ("{:{}}", (1,)), ("{!x}", (1,)), ("{5}", (1,)), ("{k}", ())]:
    try:
        print(tmpl.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
tr = str.maketrans({"a": "4", "e": None, "o": 0x30})
print("a tree of oaks".translate(tr), "abc".translate(str.maketrans("abc", "bca", "c")), "%-5a|%a" % ("é", ["ü"]))
print(ascii("tab\tdé€😀"), "%(x)s %(x)r" % {"x": "q"}, "%.3s|%5c|%x" % ("abcdef", 65, 255))
for n, length, order, signed in [(1, 2, "big", False), (-1, 2, "little", True), (65535, 2, "big", False), (-129, 2, "big", True), (2 ** 70, 9, "little", False)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed), (n).bit_length(), n.bit_count())
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("ab", "big")]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for x in [0.1, -2.5, 1e300, 5e-324, 0.0, float("inf")]:
    print(x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio() if x != float("inf") else None)
print(float.fromhex("0x1.8p3"), float.fromhex("-0X.1P-2"), float.fromhex("  inf "), (7).as_integer_ratio(), (-3.75).as_integer_ratio())
