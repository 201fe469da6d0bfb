# exception args and str/repr of built-in exceptions
cases = [ValueError(), ValueError("one"), ValueError("one", 2), KeyError("k"), KeyError(1),
         IndexError("list index out of range"), OSError(2, "No such file"), StopIteration(5),
         Exception("a", "b"), ZeroDivisionError("division by zero"), AttributeError("attr")]
for e in cases:
    print(f"{type(e).__name__:<18} str={str(e)!r:<30} repr={e!r} args={e.args}")
e = StopIteration(42)
print(e.value)
try:
    {"a": 1}["b"]
except KeyError as err:
    print(err.args, str(err), repr(err))
try:
    "abc".missing
except AttributeError as err:
    print(err.args)
