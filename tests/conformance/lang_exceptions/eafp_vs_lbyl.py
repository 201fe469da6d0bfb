# EAFP style lookups with fallbacks
config = {"timeout": "30", "retries": "x", "name": "svc"}
def get_int(key, default):
    try:
        return int(config[key])
    except KeyError:
        return default
    except ValueError:
        print(f"warning: {key}={config[key]!r} is not an int")
        return default
print(get_int("timeout", 10), get_int("retries", 3), get_int("missing", 0))
def first_item(seq):
    try:
        return seq[0]
    except (IndexError, TypeError, KeyError) as e:
        return f"<{type(e).__name__}>"
print(first_item([9]), first_item([]), first_item(None), first_item({}), first_item("xy"))
def attr_chain(obj):
    try:
        return obj.real.imag
    except AttributeError as e:
        return str(e)
print(attr_chain(5), attr_chain("s"))
