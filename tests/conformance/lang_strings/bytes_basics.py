# bytes and bytearray basics
b = b"hello world"
print(b, b[0], b[:5], b[-1:], b.upper(), b.split(), b.replace(b"o", b"0"))
print(len(b), b.find(b"o"), b.count(b"l"), b.startswith(b"he"), b"x" in b, 104 in b)
print(b.decode(), b.hex(), bytes.fromhex("414243"), bytes(3), bytes([65, 66]))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, bytes(ba), len(ba), list(ba))
print(b"a" + b"b", b"ab" * 2, b"abc" == b"abc", b"abc" < b"abd", repr(b"\x00\n'\""))
print("ünï".encode(), "ünï".encode("utf-8").decode("utf-8"), "abc".encode("ascii"))
