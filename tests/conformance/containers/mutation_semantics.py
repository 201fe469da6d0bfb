# aliasing, copies and mutation through nested references
row = [0] * 3
grid = [row, row]
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
a = [1, 2, 3]
b = a
c = a[:]
b.append(4)
c.append(5)
print(a, b, c, a == b, a == c)
d = {"items": []}
e = dict(d)
e["items"].append("shared")
e["new"] = 1
print(d, e)
t = ([1], [2])
t[0].append(10)
print(t)
xs = [3, 1, 2]
ys = sorted(xs)
xs.reverse()
print(xs, ys)
nested = {"a": {"b": {"c": 1}}}
inner = nested["a"]["b"]
inner["c"] += 41
inner["d"] = [inner["c"]]
print(nested)
