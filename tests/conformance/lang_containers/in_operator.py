# membership tests across container types
print(3 in [1, 2, 3], 3 in (1, 2), 3 in {3: "x"}, "x" in {3: "x"}, 3 in {1, 3}, 3 in range(5))
print("ell" in "hello", [1] in [[1], [2]], (1, 2) in [(1, 2)], None in [None], 1.0 in [1])
nested = [[1, 2], [3, 4]]
print(3 in nested, [3, 4] in nested, any(3 in row for row in nested))
print("k" not in {"a": 1}, not 1 in [2])
class Bag:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("checking", x)
        return x in self.items
print(2 in Bag([1, 2]), 5 not in Bag([1]))
