# raise ... from ... leaves the last exception on the last line
class ConfigError(Exception):
    pass
def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"invalid port {s!r}") from e
print(parse_port("80"))
parse_port("eighty")
