# bytes and bytearray methods in depth, with CPython's errors
data = b"  Hello, World!\tbye\n"
print(data.strip(), data.lstrip(), data.rstrip(b"\n"), data.strip(b" \n"))
print(data.split(), data.split(b","), data.rsplit(None, 1), b"a,b,,c".split(b",", 2))
print(b"one\ntwo\r\nthree\rfour".splitlines(), b"x\ny\n".splitlines(True))
print(b"hello".title(), b"HeLLo".swapcase(), b"hello world".capitalize(), b"abc".center(9, b"*"))
print(b"42".zfill(5), b"-42".zfill(5), b"a\tb".expandtabs(4), b"ab".ljust(4, b".") + b"|")
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"Ab Cd".istitle(), b"\xff".isascii())
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".index(b"lo"), b"hello".count(b"l", 3))
print(b"hello".startswith((b"x", b"he")), b"hello".endswith(b"lo", 0, 5), b"hello".partition(b"l"), b"hello".rpartition(b"l"))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), b"aXbXc".replace(b"X", b"--", 1), b"prefix-body".removeprefix(b"prefix-"))
print(b"\x00\xffab".hex(), b"\x01\x02\x03\x04\x05".hex(":", 2), b"\x01\x02\x03".hex("-", -2), bytes.fromhex("de ad  be ef"))
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), b"hello".translate(None, b"l"), len(table))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba[1:3] = b"EE"
ba += b"!!"
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba, len(ba))
ba.remove(ord("E"))
ba.reverse()
print(ba, ba.upper(), type(ba.upper()).__name__, bytes(ba), ba.copy() == ba, ba.copy() is ba)
del ba[0]
del ba[::2]
print(ba, bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray(b"xy") * 2)
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", b"ab" in bytearray(b"cab"), 99 in b"abc")
for expr in [
    lambda: b"abc".find("a"),
    lambda: b"abc".split("b"),
    lambda: b"abc".startswith("a"),
    lambda: b"abc".center(5, "x"),
    lambda: b"".join([b"a", "b"]),
    lambda: b"abc".index(b"z"),
    lambda: bytes.fromhex("zz"),
    lambda: bytes("abc"),
    lambda: bytes([256]),
    lambda: bytearray(b"a").pop(5),
    lambda: bytearray().pop(),
    lambda: bytearray(b"a").remove(98),
    lambda: bytearray(b"a").append(256),
    lambda: b"abc" + "d",
    lambda: b"abc".hex("::"),
    lambda: b"abc".translate(b"short"),
    lambda: hash(bytearray(b"x")),
    lambda: b"abc"[5],
    lambda: bytearray(b"abc")["x"],
]:
    try:
        print(expr())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
