# Grade bands, sorted insertion and range queries with bisect.
import bisect
from operator import itemgetter

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

a = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 4, 5, 10):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, hi=2))

sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, v)
print(sorted_list)
bisect.insort_left(sorted_list, 4)
bisect.insort_right(sorted_list, 4)
bisect.insort(sorted_list, 0, 0, 1)
print(sorted_list)

# range count in a sorted list
times = [3, 8, 8, 12, 15, 21, 21, 30]
def count_between(lo, hi):
    return bisect.bisect_right(times, hi) - bisect.bisect_left(times, lo)
print(count_between(8, 21), count_between(9, 11), count_between(0, 100))

# key= (3.10+): records sorted by a field
events = [("boot", 0), ("login", 5), ("query", 9), ("logout", 20)]
print(bisect.bisect_left(events, 9, key=itemgetter(1)))
print(bisect.bisect_right(events, 9, key=itemgetter(1)))
bisect.insort(events, ("save", 12), key=itemgetter(1))
bisect.insort_left(events, ("ping", 5), key=lambda e: e[1])
print(events)

# membership test with bisect
def contains(seq, x):
    i = bisect.bisect_left(seq, x)
    return i != len(seq) and seq[i] == x
print(contains(a, 7), contains(a, 8))

words = sorted(["pear", "apple", "fig", "kiwi"])
bisect.insort(words, "grape")
print(words, bisect.bisect(words, "b"))

try:
    bisect.bisect_left([1, 2], 1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.insort([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
