# bare raise, re-raising, and exception objects
def handler(fn):
    try:
        fn()
    except Exception as e:
        print("logging", type(e).__name__, e)
        raise
def bad():
    raise ValueError("original")
try:
    handler(bad)
except ValueError as e:
    print("outer got", e)
def convert():
    try:
        [].pop()
    except IndexError as e:
        err = e
    raise TypeError("converted") from err
try:
    convert()
except TypeError as e:
    print(e, "from", repr(e.__cause__))
e = ValueError("a", 1)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
