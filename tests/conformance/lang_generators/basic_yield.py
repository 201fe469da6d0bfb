# generator functions: lazy evaluation and exhaustion
def numbers(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
g = numbers(3)
print("created")
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))
def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2
print(list(evens(10)), sum(evens(100)), max(evens(7)))
print(type(numbers(0)).__name__)
