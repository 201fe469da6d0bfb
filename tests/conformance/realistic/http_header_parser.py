# parse raw HTTP requests: request line, headers, query string, cookies, body
RAW = [
    "GET /search?q=python+async&page=2&tag=a&tag=b HTTP/1.1\r\nHost: example.org\r\nAccept: text/html\r\nCookie: session=abc123; theme=dark\r\n\r\n",
    "POST /api/items HTTP/1.1\r\nHost: api.example.org\r\nContent-Type: application/json\r\nContent-Length: 27\r\nX-Trace:  id-9 \r\n\r\n{\"name\": \"pen\", \"qty\": 3}",
    "BROKEN REQUEST\r\n\r\n",
    "GET /%7Euser/a%20b HTTP/1.0\r\nhost: old.example\r\n\r\n",
]

def unquote(s):
    s = s.replace("+", " ")
    out, i = "", 0
    while i < len(s):
        if s[i] == "%" and i + 2 < len(s) + 1 and all(c in "0123456789abcdefABCDEF" for c in s[i + 1:i + 3]) and len(s[i + 1:i + 3]) == 2:
            out += chr(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            out += s[i]
            i += 1
    return out

def parse_query(qs):
    params = {}
    for pair in filter(None, qs.split("&")):
        k, _, v = pair.partition("=")
        params.setdefault(unquote(k), []).append(unquote(v))
    return params

class BadRequest(ValueError):
    pass

def parse(raw):
    head, _, body = raw.partition("\r\n\r\n")
    lines = head.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        raise BadRequest(f"malformed request line {lines[0]!r}")
    method, target, version = parts
    path, _, qs = target.partition("?")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    cookies = dict(c.strip().split("=", 1) for c in headers.get("cookie", "").split(";") if "=" in c)
    if "content-length" in headers and int(headers["content-length"]) != len(body):
        raise BadRequest(f"content-length {headers['content-length']} != body {len(body)}")
    return {"method": method, "path": unquote(path), "version": version, "query": parse_query(qs),
            "headers": headers, "cookies": cookies, "body": body}

import json
for raw in RAW:
    try:
        req = parse(raw)
    except BadRequest as e:
        print("400 Bad Request:", e)
        continue
    print(req["method"], req["path"], req["version"])
    print("  query:", req["query"])
    print("  headers:", sorted(req["headers"].items()))
    if req["cookies"]:
        print("  cookies:", req["cookies"])
    if req["body"]:
        print("  json body:", json.loads(req["body"]))
