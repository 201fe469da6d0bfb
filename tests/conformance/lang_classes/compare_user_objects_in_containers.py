# ==, <, sorting, membership and index with user objects inside tuples,
# lists, dicts and sets (CPython compares element-wise, identity first)
from functools import total_ordering

calls = []

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        calls.append("eq")
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        calls.append("lt")
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f"${self.cents / 100:.2f}"

orders = [
    ("bob", Money(500), 2),
    ("amy", Money(500), 1),
    ("bob", Money(120), 3),
    ("cat", Money(999), 1),
    ("amy", Money(120), 7),
]
print(sorted(orders))
print(sorted(orders, key=lambda o: (o[1], o[0])))
print(max(orders, key=lambda o: (o[1], -o[2])))
print(min(o[1] for o in orders), max(o[1] for o in orders))
print(("amy", Money(1)) < ("amy", Money(2)), [Money(5)] <= [Money(5)], (Money(5),) > (Money(5), 1))
print([Money(1), Money(2)] == [Money(1), Money(2)], (Money(1),) != (Money(1),))
print({"a": Money(3)} == {"a": Money(3)}, {"a": Money(3)} == {"a": Money(4)})
print({Money(1), Money(2)} == {Money(2), Money(1)}, {Money(1)} <= {Money(1), Money(2)})
wallet = [Money(100), Money(250), Money(100)]
print(Money(250) in wallet, Money(7) in wallet, wallet.count(Money(100)), wallet.index(Money(250)))
wallet.remove(Money(100))
print(wallet, (Money(250), 1) in [(Money(250), 1)])
print({Money(100): "one dollar"}[Money(100)], Money(5) == 5, 5 == Money(5))
calls.clear()
same = Money(42)
print([same, same] == [same, same], calls)

class Plain:
    pass
p, q = Plain(), Plain()
print([p] == [p], [p] == [q], (1, p) == (1, p), p in [q, p])
for a, b in [((1, p), (1, q)), ([1], ["a"]), ({1: 1}, {2: 2}), ((1, 2), [1, 2])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([3, "x", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, Money(2)), (1, "x")])
except TypeError as e:
    print("TypeError:", e)
big = [Money(c) for c in [5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0, 5, 3, 9, 1]]
print(sorted(big), sorted(big, reverse=True)[:3])
