# lists of dicts and dicts of lists
people = [
    {"name": "ana", "age": 31, "tags": ["admin", "dev"]},
    {"name": "ben", "age": 25, "tags": ["dev"]},
    {"name": "cai", "age": 42, "tags": []},
    {"name": "dee", "age": 25, "tags": ["ops", "dev"]},
]
by_age = {}
for p in people:
    by_age.setdefault(p["age"], []).append(p["name"])
print(by_age)
tag_index = {}
for p in people:
    for t in p["tags"]:
        tag_index[t] = tag_index.get(t, []) + [p["name"]]
print(tag_index)
oldest = people[0]
for p in people[1:]:
    if p["age"] > oldest["age"]:
        oldest = p
print("oldest:", oldest["name"])
people[1]["tags"].append("qa")
print(people[1])
summary = {"count": len(people), "ages": sorted([p["age"] for p in people]),
           "names": [p["name"].upper() for p in people if len(p["tags"]) > 0]}
print(summary)
print(summary["ages"][-1], summary["names"][0][1:])
tree = {"root": {"left": {"value": 1}, "right": {"value": 2, "child": {"value": 3}}}}
print(tree["root"]["right"]["child"]["value"] + tree["root"]["left"]["value"])
