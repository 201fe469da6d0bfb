# lru_cache memoization and cache_info
from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@lru_cache(maxsize=2)
def slow_upper(s):
    print("  computing", s)
    return s.upper()
for s in ["a", "b", "a", "c", "b", "a"]:
    print(slow_upper(s))
print(slow_upper.cache_info())
slow_upper.cache_clear()
print(slow_upper.cache_info())
@cache
def grid_paths(r, c):
    return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(18, 18))
@lru_cache
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"), edit_distance("", "abc"))
