# Results of every set operator and method, in CPython's iteration order.
a = {1, 2, 3, 4, 5, 40, 17, 33}
b = {4, 5, 6, 7, 8, 33, 65, 97}
c = set(range(0, 200, 3))
print(a | b, b | a)
print(a & b, b & a, a & c, c & a)
print(a - b, b - a, c - a, a - c)
print(a ^ b, b ^ a, a ^ c)
print(a.union(b, [300, 1], range(60, 64)), a.union())
print(a.intersection(b, {33, 5, 1000}), a.intersection([33, 1, 2, 99]), a.intersection())
print(c.difference(a, [0, 3, 6]), a.difference(), a.difference({1: 0, 2: 0}))
print(a.symmetric_difference([4, 5, 999, 1]), c.symmetric_difference(a))
print(a.issubset(c), {3, 6}.issubset(c), {3, 6}.issubset([6, 3, 9]), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint([100, 101]), c.isdisjoint(range(1, 3)))
print(a < b, {1, 2} < a, a <= a, a > {1}, a >= b, a == set(a), frozenset(a) == a)
x = set(a)
x |= {99, 51}
print(x)
x &= set(range(0, 100, 3)) | {99, 51, 1, 2}
print(x)
x -= {51}
print(x)
x ^= {1000, 3, 4}
print(x)
y = x
y |= {7}
print(x is y, x)
s = set(range(50))
s.difference_update(range(0, 50, 2), {49: 1})
print(s)
s.intersection_update(range(10, 40), [11, 13, 15, 17, 99, 37])
print(s)
s.symmetric_difference_update([13, 14, 15, 16])
print(s)
s.update([1, 2], {300, 301}, {400: 0})
print(s)
big = set(range(1000))
small = {5, 500, 999, 1234}
print(small - big, big.difference(set(range(10, 1000))), small & big)
print(sorted(big - set(range(20, 1000))), len(big ^ small))
f = frozenset([3, 1, 2, 64, 65])
print(f | {0}, {0} | f, f & {1, 64}, f - {1}, f ^ {2, 9}, type(f | {0}).__name__)
print(f.copy() is f, f.union([7]), f.intersection([64, 65, 66]))
d = {"x": 1, 5: 2, 8: 3}
print(set(d.keys()) | {1}, {5, 9} | d.keys(), {5, 9, 8} & d.keys(), {5, 9} - d.keys(), {5, 9} ^ d.keys())
r = {1, 2, 3}
print(r.copy(), r.copy() is r, r.copy() == r)
print({1, 2, 3, 4, 5, 6, 7}.copy(), set(set(range(30, 0, -3))))
