import json
data = json.loads("{}")
print(data["items"][0]["id"])
