# urllib.parse: quoting, query strings, urlparse/urlsplit results, urljoin (RFC 3986 examples).
from urllib.parse import quote, quote_plus, unquote, unquote_plus, urlencode, urlparse, urlsplit, urljoin, parse_qs, parse_qsl, urlunparse, urldefrag
import urllib.parse

print(quote("hello world/ä?&=x"), quote("a b", safe=""), quote_plus("a b&c=d/é"), quote(""), quote("~_.-"))
print(unquote("hello%20world%2F%C3%A4%zz%4"), unquote_plus("a+b%2Bc"), unquote("%E2%82%AC%FF"))
print(urlencode({"q": "python asyncio", "page": 2, "tags": ["a", "b"]}))
print(urlencode({"tags": ["a", "b c"], "n": 1}, doseq=True), urlencode([("x", "1"), ("y", "é")]))
u = urlparse("https://user:pw@Example.COM:8443/a/b;p=1?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.hostname, u.port, u.username, u.password)
print(u.geturl(), u._replace(fragment="").geturl(), tuple(u)[:2], u[0], len(u))
s = urlsplit("http://host/path?x=1#f")
print(s, s.geturl(), s.port)
scheme, netloc, path, query, fragment = urlsplit("//cdn.example.org/lib.js")
print(repr(scheme), netloc, path)
print(urlsplit("mailto:someone@example.com"), urlsplit("/relative/path?a=b"))
for rel in ["c", "../d", "/e", "//other/x", "?y=1", "#z", "g/./h/../i", "https://abs/z", "../../../up"]:
    print(rel, "->", urljoin("http://a/b/c/d;p?q", rel))
print(urljoin("https://api.example.com/v1/", "users/42"), urljoin("https://api.example.com/v1", "users"))
print(parse_qs("a=1&b=2&a=3&empty=&flag"), parse_qs("a=1&empty=", keep_blank_values=True))
print(parse_qsl("name=J%C3%BCrgen+M&x=%2B1"), parse_qsl("a=1;b=2", separator=";"))
print(urlunparse(("https", "h.com", "/p", "", "q=1", "")), urldefrag("http://x/y#sec"))
print(urllib.parse.quote("/path with space"), urlparse("http://[::1]:80/").hostname)
try:
    urlparse("http://h:abc/").port
except ValueError as e:
    print("ValueError:", e)

