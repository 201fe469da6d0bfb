# multiple returns, implicit None, early return
def minmax(xs):
    if not xs:
        return None
    return min(xs), max(xs)
def nothing():
    pass
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(minmax([3, 1, 4]), minmax([]), nothing(), early(50), early(0))
lo, hi = minmax([9, -2, 7])
print(lo, hi)
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    return "pos"
print([classify(n) for n in (-1, 0, 1)])
def gen_result():
    return [i for i in range(3)], {"k": 1}, (None,)
print(gen_result())
