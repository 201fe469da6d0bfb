# for loops with break and continue
for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print("i", i)
words = ["alpha", "", "beta", "STOP", "gamma"]
kept = []
for w in words:
    if not w:
        continue
    if w == "STOP":
        print("stop marker found")
        break
    kept.append(w)
print(kept)
first_negative = None
for v in [3, 7, -2, 5, -9]:
    if v < 0:
        first_negative = v
        break
print("first negative:", first_negative)
count = 0
for ch in "programming language":
    if ch == " ":
        continue
    count += 1
print("letters:", count)
for row in range(3):
    for col in range(3):
        if col > row:
            break
        print(row, col, end="; ")
    print()
