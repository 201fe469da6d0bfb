# print with several arguments, sep= and end=
name = "pycps"
version = 1
ratio = 0.5
print("hello", name)
print("version", version, "ratio", ratio)
print(1, 2, 3, sep=", ")
print("a", "b", "c", sep="")
print("no newline", end="")
print(" -> continued")
print("x", "y", sep="-", end="!\n")
print()
print(None, True, False)
print([1, 2, 3], (4, 5), {"k": "v"})
print("multi", "word", "line", sep="\n")
items = ["alpha", "beta", "gamma"]
for item in items:
    print(item, end=" | ")
print("done")
print(str(12) + str(3.25) + str(None) + str(True))
print(len(items), len(name), sep=":")
