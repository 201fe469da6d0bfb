# functions passed as arguments: map/filter/reduce written by hand
def my_map(f, xs):
    return [f(x) for x in xs]

def my_filter(pred, xs):
    return [x for x in xs if pred(x)]

def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc

def is_even(n):
    return n % 2 == 0

def add(a, b):
    return a + b

def mul(a, b):
    return a * b

nums = list(range(1, 11))
print(my_map(str, nums))
print(my_filter(is_even, nums))
print(my_reduce(add, nums, 0), my_reduce(mul, nums, 1))
print(my_reduce(add, my_map(str, [1, 2, 3]), ""))

def count_if(pred, xs):
    return len(my_filter(pred, xs))

print(count_if(is_even, range(100)))

def make_checker(limit):
    def check(x):
        return x < limit
    return check

print(my_filter(make_checker(4), nums), my_filter(make_checker(0), nums))
print(my_map(len, ["a", "bb", "", "dddd"]))
print(sorted(my_map(abs, [-3, 1, -2])))
