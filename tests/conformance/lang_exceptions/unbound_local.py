# UnboundLocalError when a local is read before assignment
count = 10
def bump():
    try:
        count += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
bump()
def maybe(flag):
    if flag:
        value = 1
    try:
        return value
    except UnboundLocalError as e:
        return f"caught: {e}"
print(maybe(True), maybe(False))
print(issubclass(UnboundLocalError, NameError))
