# generator pipelines process data lazily
log_lines = [
    "2024-01-01 INFO user=ann action=login",
    "2024-01-01 ERROR user=bob action=pay amount=30",
    "garbage line",
    "2024-01-02 INFO user=ann action=pay amount=12",
    "2024-01-02 INFO user=cat action=pay amount=7",
    "2024-01-03 WARN user=bob action=retry",
    "2024-01-03 INFO user=bob action=pay amount=30",
]
def parse(lines):
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        date, level, *fields = parts
        yield {"date": date, "level": level, **dict(f.split("=") for f in fields)}
def only(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r
def amounts(records):
    for r in records:
        yield r["user"], int(r.get("amount", 0))
pipeline = amounts(only(parse(log_lines), level="INFO", action="pay"))
totals = {}
for user, amt in pipeline:
    totals[user] = totals.get(user, 0) + amt
print(totals)
print([r["user"] for r in only(parse(log_lines), level="ERROR")])
print(sum(1 for _ in parse(log_lines)))
def batched(items, n):
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
