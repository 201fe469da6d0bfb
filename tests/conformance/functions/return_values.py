# multiple return values, early returns, implicit None
def divmod_pos(a, b):
    return a // b, a % b

q, r = divmod_pos(17, 5)
print(q, r, divmod_pos(-17, 5))

def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1

print(find([5, 6, 7], 7), find([5, 6, 7], 8))

def nothing():
    unused = 0

def implicit(x):
    if x > 0:
        return "positive"

print(nothing(), implicit(1), implicit(-1))

def stats(xs):
    if not xs:
        return None, None, 0
    return min(xs), max(xs), sum(xs) / len(xs)

print(stats([4, 8, 6]), stats([]))
lo, hi, avg = stats([1, 2, 3, 4])
print(lo, hi, avg)

def bare():
    return

print(bare())
result = [divmod_pos(n, 3) for n in range(7)]
print(result)
