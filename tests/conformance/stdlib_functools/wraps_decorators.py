# functools.wraps preserves metadata
from functools import wraps
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__} with {args} {kwargs}")
        return fn(*args, **kwargs)
    return wrapper
def bare(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@logged
def area(w, h=1):
    """Compute area."""
    return w * h
@bare
def other():
    """Other doc."""
print(area(3, h=4), area.__name__, area.__doc__, area.__wrapped__(2, 2))
print(other.__name__, other.__doc__)
def retry(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None
        return wrapper
    return deco
calls = {"n": 0}
@retry(3)
def flaky(x):
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"not yet ({calls['n']})")
    return x * 10
print(flaky(4), flaky.__name__)
