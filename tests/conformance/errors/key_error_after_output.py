# a KeyError after printing a partial report
inventory = {"apple": 3, "pear": 0}
order = ["apple", "pear", "plum"]
for item in order:
    print(item, inventory[item])
