# subscripting an int
record = {"id": 7, "tags": ["a"]}
print(record["tags"][0])
print(record["id"][0])
