# list/dict/set comprehensions and generator expressions
print([x * x for x in range(8) if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({x % 4 for x in range(20)})
print(sum(x for x in range(101)), max(len(w) for w in ["a", "bbb", "cc"]))
print(any(x > 8 for x in range(10)), all(x < 10 for x in range(10)), any([]), all([]))
print(sorted((w for w in ["b", "a", "c"]), reverse=True))
print(dict((i, chr(97 + i)) for i in range(4)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [v for row in matrix for v in row])
x = 10
print([x for x in range(3)], x)
print(min((abs(v - 7), v) for v in [1, 5, 9, 12]))
