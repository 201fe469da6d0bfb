# nested loops: search with flags, multiplication table
grid = [[3, 8, 1], [9, 4, 7], [2, 6, 5]]
target = 7
found = None
for r in range(len(grid)):
    for c in range(len(grid[r])):
        if grid[r][c] == target:
            found = (r, c)
            break
    if found:
        break
print("found", target, "at", found)
for i in range(1, 6):
    line = ""
    for j in range(1, 6):
        line += f"{i * j:>4}"
    print(line)
pairs = []
for a in range(1, 6):
    for b in range(1, 6):
        if a == b:
            continue
        if a + b == 6:
            pairs.append((a, b))
print(pairs)
row_sums = []
col_sums = [0, 0, 0]
for row in grid:
    s = 0
    for idx, v in enumerate(row):
        s += v
        col_sums[idx] += v
    row_sums.append(s)
print(row_sums, col_sums)
