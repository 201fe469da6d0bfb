# a typo in a variable name inside a loop
counts = {"a": 1}
for key in ["a", "b"]:
    print(key, counts.get(key))
print(count)
