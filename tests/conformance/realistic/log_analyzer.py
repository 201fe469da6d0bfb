# analyze web server logs: status codes, slow endpoints, per-hour traffic
import re
from collections import Counter, defaultdict

LOG = """\
2024-05-01T10:02:11 GET /api/users 200 123ms
2024-05-01T10:05:42 GET /api/users/7 404 12ms
2024-05-01T10:15:00 POST /api/login 200 340ms
2024-05-01T11:01:13 GET /api/users 200 98ms
2024-05-01T11:20:59 GET /static/app.js 304 3ms
2024-05-01T11:21:00 POST /api/orders 500 1203ms
2024-05-01T11:48:30 POST /api/orders 201 411ms
2024-05-01T12:00:01 GET /api/users 200 143ms
malformed line here
2024-05-01T12:30:45 DELETE /api/orders/3 403 22ms
2024-05-01T12:31:10 GET /api/users/7 200 31ms
"""
PATTERN = re.compile(r"^(\S+)T(\d\d):\S+ (GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)ms$")

def normalize(path):
    return re.sub(r"/\d+(?=/|$)", "/:id", path)

records, bad = [], []
for line in LOG.splitlines():
    m = PATTERN.match(line)
    if not m:
        bad.append(line)
        continue
    day, hour, method, path, status, ms = m.groups()
    records.append({"hour": int(hour), "method": method, "path": normalize(path), "status": int(status), "ms": int(ms)})

print(f"{len(records)} records, {len(bad)} malformed: {bad}")
status_classes = Counter(f"{r['status'] // 100}xx" for r in records)
print("status classes:", sorted(status_classes.items()))
print("top codes:", Counter(r["status"] for r in records).most_common(3))

latency = defaultdict(list)
for r in records:
    latency[(r["method"], r["path"])].append(r["ms"])
print("endpoints by mean latency:")
for (method, path), times in sorted(latency.items(), key=lambda kv: -sum(kv[1]) / len(kv[1])):
    mean = sum(times) / len(times)
    print(f"  {method:<6}{path:<18} n={len(times)} mean={mean:8.1f} max={max(times)}")

per_hour = Counter(r["hour"] for r in records)
for hour in range(min(per_hour), max(per_hour) + 1):
    print(f"  {hour:02d}:00 {'*' * per_hour[hour]}")
errors = [r for r in records if r["status"] >= 400]
print("error rate: {:.1%}".format(len(errors) / len(records)))
print("slowest:", max(records, key=lambda r: r["ms"]))
