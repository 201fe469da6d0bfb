# comparisons, including chained ones
a, b, c = 1, 5, 10
print(a < b < c)
print(a < c < b)
print(a <= 1 <= b <= 5)
print(c > b > a > 0)
print(1 == 1.0, 2 != 2.0, 3 >= 3)
print("abc" < "abd", "Z" < "a", "apple" > "app")
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0])
print((1, "b") > (1, "a"), (2,) == (2,))
print([1, [2, 3]] == [1, [2, 3]])
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
print(True == 1, False == 0, True + True)

def in_range(x, lo=0, hi=100):
    return lo <= x < hi

for x in [-5, 0, 50, 99, 100, 150]:
    print(x, in_range(x), in_range(x, 10, 60))

x = 7
print(0 < x != 8 < 9)
print(1 < 2 > 0)
print(5 == 5 == 5.0, 5 == 5 == 6)
print(max(3, 9) > min(4, 2) == 2)
