# handlers matching base classes: Exception, LookupError, ArithmeticError
def risky(n):
    if n == 0:
        return [][0]
    if n == 1:
        return {}["k"]
    if n == 2:
        return 5 % 0
    if n == 3:
        raise RuntimeError("boom")
    return n

for n in range(5):
    try:
        print("value", risky(n))
    except LookupError as e:
        print(n, "lookup error:", repr(e))
    except ArithmeticError as e:
        print(n, "arithmetic error:", e)
    except Exception as e:
        print(n, "generic:", e)
try:
    int("3.5")
except Exception as e:
    print(isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, TypeError))
