# generators closing over variables and generator factories
def counter_factory(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
by2 = counter_factory(2)
by5 = counter_factory(5)
print(list(by2(4)), list(by5(3)))
gens = [(x * k for x in range(3)) for k in range(1, 4)]
print([list(g) for g in gens])
def windows(seq, size):
    for i in range(len(seq) - size + 1):
        yield seq[i:i + size]
print(list(windows([1, 2, 3, 4, 5], 3)), list(windows("abcd", 2)))
def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_total([5, -2, 10, 1])))
print(list(zip(running_total(range(5)), windows(list(range(10)), 2))))
