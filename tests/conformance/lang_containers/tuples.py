# tuples: packing, unpacking, methods, comparisons
t = 1, 2, 3
print(t, type(t).__name__, (1,), (), tuple([4, 5]), tuple("ab"))
a, b, c = t
print(a, b, c)
first, *rest = t
*init, last = t
x, *mid, y = range(6)
print(first, rest, init, last, x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
print(t.count(2), t.index(3), t + (4,), t * 2, 2 in t, len(t))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), max([(1, "b"), (1, "a")]))
a, b = 1, 2
a, b = b, a
print(a, b)
nested = ((1, 2), [3, 4], "five")
for item in nested:
    print(item, len(item))
print(tuple(x * 2 for x in t), sum(t), sorted((3, 1, 2)))
