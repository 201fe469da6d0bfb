# nested try blocks and exceptions in handlers
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError(f"level2 saw {e}")
def level1():
    try:
        level2()
    except ValueError as e:
        return f"level1 recovered: {e} (context {e.__context__!r})"
print(level1())
results = []
for i in range(4):
    try:
        try:
            if i % 2:
                raise TypeError(i)
            results.append(f"ok {i}")
        finally:
            results.append(f"inner finally {i}")
    except TypeError as e:
        results.append(f"outer caught {e}")
print(results)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
    finally:
        print("finally between")
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
