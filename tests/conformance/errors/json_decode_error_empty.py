# json.loads on an empty string
import json
responses = ['[1, 2]', '']
for r in responses:
    print(json.loads(r))
