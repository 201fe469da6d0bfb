# using a list as a dict key
index = {}
index[("a", 1)] = "tuple ok"
print(index)
index[["a", 1]] = "list not ok"
