# unbounded recursion raises RecursionError, which can be caught
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(500))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
print("still running")
