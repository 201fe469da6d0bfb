# int() with bases, underscores, signs and whitespace
print(int("42"), int("-42"), int("  +7  "), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("101", 2), int("0b101", 0), int("777", 8), int("0o777", 0))
print(int("z", 36), int("zz", 36), int("10", 3))
print(int(3.99), int(-3.99), int(True), int(False))
for bad in ["", "3.5", "abc", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
print(str(255), format(255, "x"), format(255, "#o"), format(255, "b"), format(-255, "#x"))
