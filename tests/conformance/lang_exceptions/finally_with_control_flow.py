# finally with return, break and continue in loops and functions
def search(items, target):
    for i, item in enumerate(items):
        try:
            if item == target:
                return i
        finally:
            print("checked", item)
    return -1
print(search(["a", "b", "c"], "b"))
def count():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("finally n =", n)
    return n
print(count())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
