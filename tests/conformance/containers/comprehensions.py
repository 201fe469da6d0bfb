# list comprehensions with conditions and nested loops
squares = [n * n for n in range(10)]
print(squares)
evens = [n for n in range(20) if n % 2 == 0 if n % 3 != 0]
print(evens)
pairs = [(a, b) for a in range(1, 4) for b in range(a, 4)]
print(pairs)
flat = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row]
print(flat)
words = ["alpha", "beta", "gamma", "pi"]
print([w.upper() for w in words if len(w) > 2])
print([len(w) for w in words])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
d = {"a": 1, "b": 2, "c": 3}
print([k + str(v) for k, v in d.items() if v != 2])
triples = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
print(triples)
x = 10
print([x + i for i in range(3)], x)
print([c for c in "hello" if c != "l"])
print(sum([i for i in range(101)]), max([-i for i in range(5)]))
