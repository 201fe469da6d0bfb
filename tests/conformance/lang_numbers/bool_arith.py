# bool is an int subclass
print(True + 1, True * 3.5, -True, ~True, True / 2, True // 2)
print(sum([True, True, False, True]), sum(x > 2 for x in [1, 2, 3, 4]))
print(isinstance(True, int), isinstance(1, bool), type(True + True).__name__)
print(True == 1, False == 0, True is True, [True, 1, 1.0].count(1))
print(int(True), float(False), str(True), repr(False))
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(None), bool(-1), bool("0"), bool([0]))
print(True and 3, 0 or "x", None or [] or 0, "a" and "b" and "", not 0)
print(max(True, 2), min(False, -1), abs(True), divmod(True, 2))
d = {1: "int one", True: "bool true"}
print(d, len(d))
