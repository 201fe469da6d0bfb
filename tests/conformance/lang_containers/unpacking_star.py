# starred unpacking in literals, calls and assignment
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *b}, [*"hi", *range(2)])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 10})
def f(p, q, r, s):
    return p * 1000 + q * 100 + r * 10 + s
print(f(*a, *b), f(1, *b, 9), f(**{"p": 1, "q": 2, "r": 3, "s": 4}), f(*a, **{"s": 1, "r": 7}))
head, *tail = "abcde"
print(head, tail)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
