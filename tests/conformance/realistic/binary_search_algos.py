# binary search variants, bisect-like helpers, and searching sorted records
def lower_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def search(xs, target):
    i = lower_bound(xs, target)
    return i if i < len(xs) and xs[i] == target else -1

def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo

def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo

xs = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34]
for t in [0, 1, 3, 4, 21, 34, 35]:
    print(f"{t:>3}: lower={lower_bound(xs, t)} upper={upper_bound(xs, t)} count={upper_bound(xs, t) - lower_bound(xs, t)} index={search(xs, t)}")
print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 12, 2 ** 100]])
print(first_true(0, 100, lambda k: k * k > 2000))
packages = [7, 2, 5, 10, 8]
def days_needed(cap):
    days, load = 1, 0
    for p in packages:
        if load + p > cap:
            days, load = days + 1, 0
        load += p
    return days
print("min capacity for 2 days:", first_true(max(packages), sum(packages), lambda c: days_needed(c) <= 2))
records = sorted([("2024-03-01", 5), ("2024-01-15", 2), ("2024-02-10", 9), ("2024-05-05", 1)])
dates = [d for d, _ in records]
lo, hi = lower_bound(dates, "2024-02-01"), upper_bound(dates, "2024-03-31")
print(records[lo:hi])
