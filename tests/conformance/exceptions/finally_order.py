# finally always runs: normal exit, exception, return inside try
log = []

def step(n):
    try:
        log.append("try " + str(n))
        if n == 1:
            raise ValueError("one")
        if n == 2:
            return "early"
        log.append("body done " + str(n))
    except ValueError as e:
        log.append("except " + str(e))
    finally:
        log.append("finally " + str(n))
    return "normal"

for n in range(3):
    print(n, step(n))
for line in log:
    print(line)

def override():
    try:
        return "from try"
    finally:
        print("cleanup runs before return")

print(override())

def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")

nested()
