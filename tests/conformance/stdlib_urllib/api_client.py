# Building and taking apart API URLs the way an HTTP client helper would.
import urllib.parse as up
from urllib.parse import urlencode, urlsplit, parse_qs

BASE = "https://api.example.com/v2/"


def build_url(path, **params):
    url = up.urljoin(BASE, path)
    clean = {k: v for k, v in params.items() if v is not None}
    if clean:
        url += "?" + urlencode(clean, doseq=True)
    return url


urls = [
    build_url("search", q="rust async runtime", page=2, lang=None),
    build_url("users/42/repos", sort="updated", per_page=50),
    build_url("/absolute/path", tags=["a b", "c&d"], empty=""),
    build_url("items", name="café ☕", filter="price>10"),
]
for u in urls:
    print(u)
    parts = urlsplit(u)
    print("  host:", parts.hostname, "path:", parts.path, "query:", parse_qs(parts.query, keep_blank_values=True))

links = ["../v1/legacy", "./docs#intro", "https://other.org/x?y=1", "//cdn.example.com/a.js", "?page=3"]
for link in links:
    print(f"{link!r:30} -> {up.urljoin(BASE + 'search?q=1', link)}")

r = up.urlparse("http://user@localhost:8080/admin/;type=a?x=1#top")
print(r.username, r.password, r.hostname, r.port, r.params, r.fragment)
print(r._replace(scheme="https", netloc="example.org").geturl())
print(up.urlunsplit(("ftp", "files.example.com", "pub/file.txt", "", "")))
print(up.unquote_plus("name%3DJ%C3%BCrgen+M%C3%BCller%26co"), up.quote("a/b c", safe=""), up.quote_plus("x y+z"))
print(up.parse_qsl("a=1&b=&c", keep_blank_values=True), up.parse_qs("x=1&x=2&y=%20"))
try:
    up.parse_qsl("a=1&b", strict_parsing=True)
except ValueError as e:
    print("ValueError:", e)
try:
    urlencode("not a mapping")
except TypeError as e:
    print("TypeError:", e)
