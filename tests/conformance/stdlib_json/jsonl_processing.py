# processing JSON lines
import json
lines = """{"user": "ann", "event": "login", "ms": 12}
{"user": "bob", "event": "search", "ms": 340, "q": "cats"}
not json at all
{"user": "ann", "event": "search", "ms": 120, "q": "dogs"}
{"user": "ann", "event": "logout", "ms": 3}
""".splitlines()
events, errors = [], 0
for line in lines:
    try:
        events.append(json.loads(line))
    except json.JSONDecodeError:
        errors += 1
print(len(events), "events,", errors, "errors")
per_user = {}
for ev in events:
    u = per_user.setdefault(ev["user"], {"count": 0, "ms": 0, "queries": []})
    u["count"] += 1
    u["ms"] += ev["ms"]
    if "q" in ev:
        u["queries"].append(ev["q"])
for user, stats in per_user.items():
    print(json.dumps({"user": user, **stats}))
print(json.dumps(per_user, indent=1))
