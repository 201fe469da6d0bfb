# parsing log lines with a regex
import re
LINE = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)')
logs = [
    '10.0.0.1 - - [01/Jan/2024:10:00:00] "GET /index.html HTTP/1.1" 200 512',
    '10.0.0.2 - - [01/Jan/2024:10:00:05] "POST /api/login HTTP/1.1" 401 -',
    'garbage',
    '10.0.0.1 - - [01/Jan/2024:10:01:00] "GET /api/items?page=2 HTTP/1.0" 200 2048',
    '10.0.0.3 - - [01/Jan/2024:10:02:00] "DELETE /api/items/7 HTTP/1.1" 500 0',
]
stats = {}
total_bytes = 0
for line in logs:
    m = LINE.match(line)
    if not m:
        print("unparsed:", line)
        continue
    d = m.groupdict()
    stats.setdefault(d["status"], []).append(d["path"])
    total_bytes += 0 if d["size"] == "-" else int(d["size"])
for status in sorted(stats):
    print(status, stats[status])
print("bytes:", total_bytes)
print(re.sub(r"\?.*$", "", "/api/items?page=2"), re.findall(r"/(\w+)", "/api/items/7"))
