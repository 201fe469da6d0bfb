# pycps: xfail
# generator expressions in builtins
data = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x for x in data if x > 0))
print(any(x < -5 for x in data), all(x != 0 for x in data))
print(min(x * x for x in data), max((abs(x), x) for x in data))
print(sorted((x for x in data), key=abs))
print(dict((str(x), x) for x in data if x > 3))
print(set(x % 3 for x in data), tuple(x for x in "abc"), list(x for x in range(3)))
g = (x * 2 for x in range(4))
print(next(g), next(g), list(g), list(g))
print(", ".join(str(x) for x in range(5)), "".join(c.upper() for c in "shout"))
total = sum(len(w) for w in "the quick brown fox".split())
print(total)
nested = sum(x * y for x in range(4) for y in range(4) if x != y)
print(nested)
