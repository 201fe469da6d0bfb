# binary search and insertion into a sorted list
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

data = [n * 3 for n in range(50)]
for t in [0, 3, 72, 147, 148, -1]:
    print(t, bsearch(data, t))

def insert_sorted(xs, v):
    i = 0
    while i < len(xs) and xs[i] < v:
        i += 1
    xs.insert(i, v)

out = []
for v in [5, 1, 4, 1, 9, 2, 6]:
    insert_sorted(out, v)
    print(out)
