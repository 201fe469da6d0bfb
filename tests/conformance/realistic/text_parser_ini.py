# parse an INI-like config format into nested dicts, with errors
SOURCE = """
; global settings
name = demo app
debug = true

[server]
host = 127.0.0.1
port = 8080
workers = 4   ; inline comment

[database]
url = postgres://db/main
pool = 10
timeout = 2.5

[features]
flags = a, b,  c
empty =
[broken
"""

class ParseError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno

def convert(value):
    v = value.strip()
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    try:
        return int(v)
    except ValueError:
        pass
    try:
        return float(v)
    except ValueError:
        pass
    if "," in v:
        return [part.strip() for part in v.split(",")]
    return v

def parse(text):
    result = {"": {}}
    section = ""
    errors = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        try:
            if line.startswith("["):
                if not line.endswith("]"):
                    raise ParseError(lineno, f"unterminated section header {line!r}")
                section = line[1:-1].strip()
                result.setdefault(section, {})
            elif "=" in line:
                key, _, value = line.partition("=")
                result[section][key.strip()] = convert(value)
            else:
                raise ParseError(lineno, f"expected key = value, got {line!r}")
        except ParseError as e:
            errors.append(e)
    return result, errors

config, errors = parse(SOURCE)
for section, values in config.items():
    print(f"[{section or 'global'}]")
    for key, value in values.items():
        print(f"  {key} = {value!r} ({type(value).__name__})")
for e in errors:
    print("error:", e, "at", e.lineno)
port = config["server"]["port"]
print("next port:", port + 1, "workers*pool:", config["server"]["workers"] * config["database"]["pool"])
