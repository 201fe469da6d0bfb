# functions returning functions that keep state (memoization by hand)
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
calls = 0
@memoize
def slow_sq(n):
    global calls
    calls += 1
    return n * n
print([slow_sq(i % 3) for i in range(9)], calls, slow_sq.cache)
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths(16, 16), len(paths.cache))
