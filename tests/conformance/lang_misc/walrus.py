# assignment expressions
data = [4, 9, 15, 2, 22, 7]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
print([y for x in data if (y := x * 2) > 15])
print(y)
lines = ["a=1", "b", "c=3", "", "d=4"]
pairs = [(k, v) for line in lines if (eq := line.find("=")) > 0 for k, v in [(line[:eq], line[eq + 1:])]]
print(pairs)
i = 0
while (chunk := data[i:i + 2]):
    print(chunk)
    i += 2
total = 0
running = [(total := total + x) for x in data]
print(running, total)
print((z := 5) + z)
import re
if m := re.match(r"(\w+)@(\w+)", "user@example"):
    print(m.groups())
