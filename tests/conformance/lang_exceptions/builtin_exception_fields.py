# fields of built-in exceptions beyond args: value, errno/filename, name/obj, msg...
def gen():
    yield 1
    return {"total": 3}
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
print(StopIteration().value, StopIteration(1, 2).value)
s = StopIteration("x")
s.value = "changed"
print(s.value, s.args)

for args in [(2, "No such file or directory"), (13, "Permission denied"), (17, "File exists"),
             (110, "Timed out"), (999, "Odd"), ("a", "b"), (2,)]:
    e = OSError(*args)
    print(f"{type(e).__name__:<18} errno={e.errno!r:<5} strerror={e.strerror!r} str={str(e)!r}")
e = OSError(2, "No such file or directory", "data.csv")
print(type(e).__name__, e.args, e.filename, repr(str(e)))
e = OSError(1, "Operation not permitted", "a.txt", None, "b.txt")
print(type(e).__name__, e.filename2, str(e))
print(isinstance(FileNotFoundError(2, "x"), OSError), IOError is OSError, EnvironmentError is OSError)
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as err:
    print("caught", type(err).__name__, err.errno, err.filename)

e = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 3, "invalid start byte")
print(str(e))
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "invalid continuation byte")))
print(str(UnicodeEncodeError("ascii", "caf\xe9", 3, 4, "ordinal not in range(128)")))
print(str(UnicodeEncodeError("ascii", "\u20ac\u20ac", 0, 2, "ordinal not in range(128)")))
print(issubclass(UnicodeDecodeError, ValueError), UnicodeDecodeError.__mro__[1].__name__)
try:
    UnicodeDecodeError("utf-8")
except TypeError as t:
    print("TypeError:", t)

e = ImportError("cannot import name 'x'", name="mod", path="/lib/mod.py")
print(e.msg, e.name, e.path, e.args, str(e))
print(NameError("oops").name, NameError("oops", name="q").name)
try:
    undefined_thing
except NameError as ne:
    print("NameError.name =", ne.name)
class Box:
    pass
b = Box()
try:
    b.missing
except AttributeError as ae:
    print("AttributeError:", ae.name, ae.obj is b)
e = SyntaxError("invalid syntax", ("prog.py", 3, 7, "x = = 1\n", 3, 8))
print(str(e), e.msg, e.filename, e.lineno, e.offset, repr(e.text))
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)

e = ValueError("bad")
e.detail = {"field": "age"}
print(e.detail, e.__dict__)
for bad in [lambda: ValueError("m", foo=1), lambda: ImportError("m", foo=1), lambda: OSError(2, "x", bar=3)]:
    try:
        bad()
    except TypeError as t:
        print("TypeError:", t)
