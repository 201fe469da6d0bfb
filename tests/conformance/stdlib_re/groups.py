# re.match/search/fullmatch with groups and named groups
import re
m = re.match(r"(\d{4})-(\d{2})-(\d{2})", "2024-03-15 rest")
print(m.group(0), m.group(1), m.group(2, 3), m.groups(), m.start(), m.end(), m.span(2))
m = re.search(r"(?P<user>\w+)@(?P<domain>[\w.]+)", "contact: ann.lee@example.com today")
print(m.group("user"), m["domain"], m.groupdict(), m.span())
print(re.match(r"\d+", "abc"), re.fullmatch(r"\w+", "abc_123") is not None, re.fullmatch(r"\w+", "abc def"))
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.lastindex)
m = re.search(r"(?:x+)(y+)", "aaxxyyy")
print(m.group(1), m.groups(), repr(m.group()))
print(bool(re.search("needle", "haystack with needle")), re.search("^abc$", "abc\n") is not None)
