# forwarding *args and **kwargs through wrappers
def base(a, b=0, *rest, sep="-", **opts):
    return sep.join(map(str, (a, b) + rest)) + (f" {sorted(opts.items())}" if opts else "")
def wrapper(*args, **kwargs):
    kwargs.setdefault("sep", "+")
    return base(*args, **kwargs)
print(base(1), base(1, 2, 3, sep="/"), base(1, x=1))
print(wrapper(1, 2), wrapper(1, 2, 3, sep="*"), wrapper(5, y=2, x=1))
def merge_options(defaults, **overrides):
    return {**defaults, **overrides}
print(merge_options({"a": 1, "b": 2}, b=3, c=4))
def kw_only_config(*, host="localhost", port=8080, debug=False):
    return f"{host}:{port} debug={debug}"
cfg = {"port": 9000, "debug": True}
print(kw_only_config(**cfg), kw_only_config())
