# str/repr/float/int conversions and numeric strings
print(str(12), repr(12), str(-0.0), repr(1e-7), str(123.456e5))
print(float("3"), float("-2.5e-3"), float(".5"), float("5."), float("inf"), float("-nan"))
print(int("  -0  "), int("+0010"), float("1e3"))
print("3.14".isdigit(), "314".isdigit(), "-3".lstrip("-").isdigit())
print(round(float("2.675"), 2), int(float("1e3")))
nums = ["10", "2.5", "-3", "abc", "1e2", ""]
for s in nums:
    try:
        v = int(s)
        kind = "int"
    except ValueError:
        try:
            v = float(s)
            kind = "float"
        except ValueError:
            v, kind = None, "invalid"
    print(repr(s), kind, v)
