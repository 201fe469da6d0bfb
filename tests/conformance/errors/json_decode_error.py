# json.loads on invalid input
import json
print(json.loads('{"ok": true}'))
json.loads('{"broken": tru}')
