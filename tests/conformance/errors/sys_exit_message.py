# sys.exit("message"): the message goes to stderr and the status is 1,
# with no traceback. Before that, SystemExit is caught and inspected.
import sys

def load_config(text):
    cfg = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            sys.exit(f"config error on line {lineno}: expected key=value, got {line!r}")
        key, _, value = line.partition("=")
        cfg[key.strip()] = value.strip()
    return cfg

print(load_config("# settings\nhost = example.org\nport=8080\n"))
try:
    load_config("a=1\nbroken line\n")
except SystemExit as e:
    print("caught:", type(e).__name__, "code:", e.code)
    print("args:", e.args)
    print("is BaseException:", isinstance(e, BaseException), "is Exception:", isinstance(e, Exception))

for code in [None, 0, 5, "text", (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), repr(e), str(e))

try:
    raise SystemExit(1, "two")
except SystemExit as e:
    print(e.code)

try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)

# Only BaseException handlers see it.
def guarded():
    try:
        sys.exit(9)
    except Exception:
        print("not caught here")
    finally:
        print("finally in guarded")

try:
    guarded()
except BaseException as e:
    print("outer got", type(e).__name__, e.code)

load_config("ok=1\n[section]\n")
