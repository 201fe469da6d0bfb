# split with and without separators, join
line = "name=alice;age=30;city=Paris"
fields = line.split(";")
print(fields)
record = {}
for f in fields:
    kv = f.split("=")
    record[kv[0]] = kv[1]
print(record)
print("  many   spaces here  ".split())
print("a,b,,c,".split(","))
print("".split(), "".split(","))
print("one".split(","))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]))
print(" / ".join([str(n) for n in range(5)]))
csv = "id,score\n1,90\n2,75\n3,88"
rows = csv.split("\n")
header = rows[0].split(",")
print(header)
total = 0
for row in rows[1:]:
    cells = row.split(",")
    total += int(cells[1])
print("total score", total)
path = "/usr/local/lib/python3"
parts = path.split("/")
print(parts, "/".join(parts[:-1]))
print("\n".join(["line1", "line2"]))
