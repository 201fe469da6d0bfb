# Set iteration order follows CPython's hash table: ints of all sizes,
# growth past several resizes, deletions and re-adds, pop sequences.
print({8, 3, 1, 2})
print({20, 3, 1, 2, 5})
a = 20
print({a, 3, 1, 2, 5})
s = set()
for x in (20, 3, 1, 2, 5):
    s.add(x)
print(s)
print(set(range(20)) - {5})
print({1, 2, 3} | {100, 7})
print({-1, -2, -3, 0, 7, -8, 64, 1000, -1000})
print({2**40, 2**61, 2**61 - 1, 2**62 + 5, -(2**63), 10**20, -(10**30)})
print(set([1000000, 7, 123456789, 31, 32, 33, 64, 65]))
big = set()
for i in range(0, 3000, 7):
    big.add(i * 37 % 1009)
print(len(big), list(big)[:40], list(big)[-10:])
grow = set()
for i in range(100):
    grow.add(i * i)
    if i in (4, 5, 18, 19, 75, 76):
        print(i, grow)
print(grow)
# deletions leave dummies that later insertions reuse
s = {0, 8, 16, 24}
s.remove(0)
s.remove(8)
s.add(32)
s.add(40)
print(s)
t = set(range(40))
for i in range(0, 40, 3):
    t.discard(i)
print(t)
for i in range(100, 140, 2):
    t.add(i)
print(t)
for i in range(40):
    t.discard(i)
print(t, len(t))
# pop walks from a finger
p = set(range(0, 100, 9)) | {3, 1000, -5}
out = []
while p:
    out.append(p.pop())
    if len(out) == 4:
        p.add(17)
        p.add(-5)
print(out)
q = {5, 13, 21, 29, 37}
print(q.pop(), q.pop(), q)
q.clear()
q.add(7)
q.add(15)
print(q.pop(), q)
# comprehensions, set(), frozenset(), list(), sorted(), iteration
print({x * 11 % 17 for x in range(30)})
print(set([50, 40, 30, 20, 10, 0]), frozenset([50, 40, 30, 20, 10, 0]))
print(list({99, 33, 66, 11}), sorted({99, 33, 66, 11}), tuple(frozenset({99, 33})))
for x in {1024, 512, 256, 9}:
    print(x, end=" ")
print()
print(set({10: "a", 2: "b", 33: "c", 18: "d"}), set("hello"))
print({True, 1, 1.0, 2, 2.0, 3.5, -0.0, 0}, {1.5, 2.25, -7.75, 1e100, float("inf")})
e = {1, 2, 3}
try:
    for x in e:
        e.add(x + 10)
except RuntimeError as err:
    print("RuntimeError:", err)
print(e)
