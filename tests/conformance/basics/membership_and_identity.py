# `in`, `not in`, `is None`, `is not None`
fruits = ["apple", "banana", "cherry"]
print("apple" in fruits, "grape" in fruits, "grape" not in fruits)
stock = {"apple": 3, "banana": 0}
for f in ["apple", "banana", "cherry"]:
    if f in stock:
        print(f, "tracked", stock[f])
    else:
        print(f, "untracked")
print("an" in "banana", "x" not in "banana")
print(2 in (1, 2, 3), 5 in range(10), 10 in range(10))
value = None
print(value is None, value is not None)
found = stock.get("cherry")
if found is None:
    print("cherry missing")
found = stock.get("apple")
if found is not None:
    print("apple count", found)
