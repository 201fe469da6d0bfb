# reduce and partial
from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 8), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(lambda a, b: a | b, [{1}, {2}, {1, 3}]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), [square(n) for n in range(5)])
int2 = partial(int, base=2)
print(int2("1011"), int2("11", base=10))
p = partial(print, "LOG:", sep=" | ")
p("a", "b")
print(square.func.__name__, square.args, square.keywords)
nested = reduce(lambda d, k: d.setdefault(k, {}), ["a", "b", "c"], root := {})
print(root)
