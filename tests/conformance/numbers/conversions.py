# int(), float(), str(), bool() conversions
print(int("42"), int("-17"), int("  8  "), int("+5"), int("0012"))
print(int(3.9), int(-3.9), int(0.5), int(True), int(1e20))
print(float("2.5"), float("-0.125"), float("  3 "), float(7), float("1e3"))
print(str(10 ** 20), str(-0.5), str([1, "a"]), str((1,)))
print(int("123456789012345678901234567890") + 1)
print(bool(0), bool(0.0), bool("0"), bool([]), bool([[]]))
values = ["10", "20", "30.5", "7"]
ints = []
floats = []
for v in values:
    floats.append(float(v))
    if len(v.split(".")) == 1:
        ints.append(int(v))
print(ints, floats, sum(ints), sum(floats))
print(list("abc"), tuple([1, 2]), list((3, 4)), list(range(3)))
print(dict([("a", 1), ("b", 2)]), dict(x=1, y=2))
print(int(float("4.99")), float(int("4")))
