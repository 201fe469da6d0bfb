# a caesar cipher with ord/chr
def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn, Zebra-crossing!"
enc = shift(msg, 3)
print(enc)
print(shift(enc, -3))
print(shift(msg, 13), shift(shift(msg, 13), 13) == msg)
for k in (1, 25, 26, -27):
    print(k, shift("xyz ABC", k))
