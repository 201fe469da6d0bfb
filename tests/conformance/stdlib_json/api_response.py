# a realistic API-response transform
import json
raw = '''
{"status": "ok", "page": 1, "results": [
  {"id": 101, "title": "Fix login", "labels": ["bug", "auth"], "assignee": {"login": "ann"}, "points": 3},
  {"id": 102, "title": "Add search", "labels": ["feature"], "assignee": null, "points": 8},
  {"id": 103, "title": "Docs typo", "labels": [], "assignee": {"login": "bob"}, "points": 1}
]}
'''
resp = json.loads(raw)
summary = {
    "count": len(resp["results"]),
    "points": sum(r["points"] for r in resp["results"]),
    "unassigned": [r["id"] for r in resp["results"] if r["assignee"] is None],
    "by_label": {},
}
for r in resp["results"]:
    for label in r["labels"] or ["(none)"]:
        summary["by_label"].setdefault(label, []).append(r["id"])
print(json.dumps(summary, indent=2))
print(json.dumps([{"id": r["id"], "who": (r["assignee"] or {}).get("login", "-")} for r in resp["results"]]))
