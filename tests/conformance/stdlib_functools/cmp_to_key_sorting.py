# cmp_to_key for custom comparisons
from functools import cmp_to_key
def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)
versions = ["1.10", "1.2", "1.2.1", "0.9", "1.1"]
print(sorted(versions, key=cmp_to_key(compare_versions)))
def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda x, y: -1 if x + y > y + x else (1 if x + y < y + x else 0)))
    return "".join(strs)
print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 20)]
def by_age_desc_then_name(p, q):
    if p[1] != q[1]:
        return q[1] - p[1]
    return -1 if p[0] < q[0] else 1
print(sorted(people, key=cmp_to_key(by_age_desc_then_name)))
