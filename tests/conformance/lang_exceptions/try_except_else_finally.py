# the full try statement and its ordering
def run(x):
    log = []
    try:
        log.append("try")
        r = 10 / x
    except ZeroDivisionError:
        log.append("except")
        r = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return r, log
print(run(2))
print(run(0))
def finally_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(finally_return())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("loop finally", i)
for i in range(3):
    try:
        continue
    finally:
        print("continue finally", i)
