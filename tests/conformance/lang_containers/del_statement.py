# del on names, items, slices and attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
lst = list(range(8))
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
a, b = 1, 2
del a, b
try:
    print(a + b)
except NameError as e:
    print("NameError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
