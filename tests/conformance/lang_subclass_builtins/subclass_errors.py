# Error cases of subclassing built-in types, with CPython's messages; the
# program ends with an uncaught error raised from a dict subclass.


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


class Stack(list):
    pass


class Config(dict):
    pass


class Code(str):
    pass


class Count(int):
    pass


attempt("bool base", lambda: type("B", (bool,), {}))
attempt("object.__new__", lambda: object.__new__(Stack))
attempt("wrong receiver", lambda: list.append(Config(), 1))
attempt("missing attr", lambda: Stack().nothing)
attempt("two args", lambda: Stack([1], [2]))
attempt("int literal", lambda: Count("x1"))
attempt("str.__new__ subtype", lambda: str.__new__(Stack, "x"))
attempt("unhashable", lambda: {Config(): 1})
attempt("key error", lambda: Config(a=1)["b"])
attempt("index error", lambda: Stack()[3])
attempt("str index", lambda: Code("ab")[5])
attempt("int + str", lambda: Count(1) + "a")
attempt("order", lambda: Stack([1]) < Config())
attempt("layout", lambda: type("Both", (list, dict), {}))

s = Stack([1, 2])
s.note = "ok"
print(s, s.note, vars(s), Stack.__name__, Stack.__bases__, type(s) is not list)
print(Count(3) == 3, Count(3).real, Code("x") + Code("y"), type(Code("x") * 2).__name__)


class Settings(dict):
    def __getitem__(self, key):
        if key not in self:
            raise KeyError(f"setting {key!r} is not configured")
        return super().__getitem__(key)


settings = Settings(debug=False)
print(settings["debug"])
print(settings["timeout"])
