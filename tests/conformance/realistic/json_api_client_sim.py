# simulate paginated API responses as JSON strings and aggregate them
import json

PAGES = [
    '{"page": 1, "next": 2, "items": [{"id": 1, "user": "ann", "tags": ["a"], "score": 9.5}, {"id": 2, "user": "bob", "tags": [], "score": 7}]}',
    '{"page": 2, "next": 3, "items": [{"id": 3, "user": "ann", "tags": ["b", "a"], "score": 8.25}, {"id": 4, "user": "cat", "tags": ["c"], "score": null}]}',
    '{"page": 3, "next": null, "items": [{"id": 5, "user": "bob", "tags": ["a"], "score": 6.5}]}',
]

def fetch(page):
    if page < 1 or page > len(PAGES):
        raise LookupError(f"page {page} out of range")
    return json.loads(PAGES[page - 1])

def fetch_all():
    page, items, calls = 1, [], 0
    while page is not None:
        data = fetch(page)
        calls += 1
        items.extend(data["items"])
        page = data["next"]
    return items, calls

items, calls = fetch_all()
print(f"{len(items)} items in {calls} calls")
by_user = {}
for it in items:
    u = by_user.setdefault(it["user"], {"ids": [], "scores": [], "tags": set()})
    u["ids"].append(it["id"])
    if it["score"] is not None:
        u["scores"].append(it["score"])
    u["tags"].update(it["tags"])
report = {
    user: {
        "ids": d["ids"],
        "mean_score": round(sum(d["scores"]) / len(d["scores"]), 3) if d["scores"] else None,
        "tags": sorted(d["tags"]),
    }
    for user, d in sorted(by_user.items())
}
print(json.dumps(report, indent=2))
print(json.dumps({"users": len(report), "scored": sum(1 for i in items if i["score"] is not None)}, sort_keys=True))
try:
    fetch(9)
except LookupError as e:
    print("LookupError:", e)
tag_index = {}
for it in items:
    for t in it["tags"]:
        tag_index.setdefault(t, []).append(it["id"])
print(json.dumps(tag_index, sort_keys=True, separators=(",", ":")))
