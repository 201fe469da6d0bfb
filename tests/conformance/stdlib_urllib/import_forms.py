# The ways programs import urllib.parse, then a bare `import urllib` without the submodule.
import urllib.parse
import urllib.parse as up
from urllib import parse
from urllib.parse import quote as q

print(urllib.parse.quote("a b"), up.quote("c d"), parse.quote("e f"), q("g h"))
print(urllib.parse is not None, parse.urlsplit("http://x/y").netloc, urllib.__name__, up.__name__)
try:
    import nosuchpkg.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
