# building strings in loops and with join
rows = [("alice", 3), ("bob", 12), ("carol", 7)]
out = ""
for name, score in rows:
    out += name.ljust(8) + str(score).rjust(4) + "\n"
print(out, end="")
parts = []
for i in range(5):
    parts.append(f"[{i}]" * i)
print("".join(parts))
table = "\n".join("|".join(f"{r * c:3}" for c in range(1, 6)) for r in range(1, 4))
print(table)
print("=" * 20)
s = "abc"
s += "def"
s *= 2
print(s, len(s), s.upper().lower())
print("x".join("123"), ",".join([]), "-".join("a"))
