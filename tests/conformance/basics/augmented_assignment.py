# augmented assignment on numbers, strings, lists, subscripts
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 3
print(x)
y = 7.5
y /= 2
print(y)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3, 4]
print(lst, alias, lst == alias)
t = (1,)
t += (2, 3)
print(t)
counts = {"a": 0, "b": 10}
counts["a"] += 1
counts["b"] -= 4
counts["a"] *= 10
print(counts)
grid = [[0, 0], [0, 0]]
grid[1][0] += 9
grid[0][1] -= 2
print(grid)
total = 0
for i in range(1, 11):
    total += i * i
print("sum of squares:", total)
