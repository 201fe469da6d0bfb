# catching built-in exceptions raised by the runtime
def attempt(label, kind):
    try:
        if kind == 0:
            return 1 // 0
        elif kind == 1:
            return {"a": 1}["b"]
        elif kind == 2:
            return [1, 2, 3][10]
        elif kind == 3:
            return int("twelve")
        elif kind == 4:
            return 1 + "a"
        elif kind == 5:
            return 2.0 / 0
        else:
            return "ok"
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)
    except KeyError as e:
        print(label, "KeyError:", e, repr(e))
    except IndexError as e:
        print(label, "IndexError:", e)
    except ValueError as e:
        print(label, "ValueError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)
    return "recovered"

for k in range(7):
    print(attempt("case" + str(k), k))
