# What a script checks about its interpreter before running: version
# gates, platform facts, integer and float limits, argv, and the
# recursion limit (raised for a deep recursive walk).
import sys

if sys.version_info < (3, 8):
    raise RuntimeError("needs Python 3.8+")
print("version ok:", sys.version_info >= (3, 11), sys.version_info[:2] == (3, 11))
print("major/minor:", sys.version_info.major, sys.version_info.minor, sys.version_info[0])
print("release:", sys.version_info.releaselevel, sys.version_info > (3, 10, 99), sys.version_info < (4,))
print("version str starts:", sys.version.startswith("3.11."))
print("platform:", sys.platform, sys.byteorder)
print("maxsize:", sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode)
print("float max:", sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print("float min:", sys.float_info.min, sys.float_info[0] == sys.float_info.max)
print("argv:", len(sys.argv), sys.argv[0].endswith(".py"), type(sys.argv).__name__)
print("sys in modules:", "sys" in sys.modules, sys.modules["sys"] is not None)
print("encoding:", sys.getdefaultencoding())
s = sys.intern("report-" + "key")
print("interned:", s, s == "report-key")

# Depth-first walk of a long chain: deeper than the default limit.
print("default limit:", sys.getrecursionlimit())
chain = {i: i + 1 for i in range(2500)}

def depth(node):
    nxt = chain.get(node)
    return 1 if nxt is None else 1 + depth(nxt)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError caught:", type(e).__name__, isinstance(e, RuntimeError))

sys.setrecursionlimit(4000)
print("new limit:", sys.getrecursionlimit())
print("depth:", depth(0))

for bad in (0, -5, 2.5, "100"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("limit kept:", sys.getrecursionlimit())
try:
    sys.intern(42)
except TypeError as e:
    print("TypeError", e)
try:
    sys.no_such_thing
except AttributeError as e:
    print("AttributeError", e)
