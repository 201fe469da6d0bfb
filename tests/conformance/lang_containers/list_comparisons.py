# comparisons of containers
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, 2] < [1, 3], [1, 2] < [1, 2, 3], [] < [0])
print((1, "a") < (1, "b"), [[1], [2]] > [[1], [1, 5]], {1: 2} == {1: 2}, {1, 2} <= {1, 2})
print(sorted([[3, 1], [2], [2, 0], []]), max([(2, "x"), (2, "y"), (1, "z")]))
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 1} < {2: 2}
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3] != [1, 2], (1,) == (1.0,), "abc" == ["a", "b", "c"])
