# KeyError deep in nested data, with an int key
data = {"users": {1: {"name": "ann"}, 2: {"name": "bob"}}}
for uid in [1, 2, 3]:
    print(data["users"][uid]["name"])
