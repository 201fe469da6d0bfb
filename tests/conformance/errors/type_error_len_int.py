# len() of an int
items = 5
print(isinstance(items, int))
print(len(items))
