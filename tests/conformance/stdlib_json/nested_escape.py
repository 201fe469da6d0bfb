# json strings inside json, and escapes
import json
inner = {"msg": "line1\nline2", "quote": "she said \"hi\""}
outer = {"payload": json.dumps(inner), "len": len(json.dumps(inner))}
s = json.dumps(outer)
print(s)
back = json.loads(s)
print(back["payload"])
print(json.loads(back["payload"]) == inner)
print(json.dumps("tab\tand\\backslash"), json.dumps(["\u0000", "\u007f", "\u0080"]))
print(json.dumps({"emoji": "😀"}), json.dumps({"emoji": "😀"}, ensure_ascii=False))
