# dispatch tables and callbacks
def on_add(state, v):
    state["total"] += v
def on_mul(state, v):
    state["total"] *= v
def on_reset(state, _):
    state["total"] = 0
handlers = {"add": on_add, "mul": on_mul, "reset": on_reset}
state = {"total": 0}
log = []
for cmd, val in [("add", 5), ("mul", 3), ("bad", 1), ("add", -2), ("reset", None), ("add", 9)]:
    handler = handlers.get(cmd)
    if handler is None:
        log.append(f"unknown {cmd}")
        continue
    handler(state, val)
    log.append(f"{cmd}:{state['total']}")
print(log)
print(state)
def retry(fn, attempts):
    for i in range(attempts):
        ok, value = fn(i)
        if ok:
            return i, value
    return None
print(retry(lambda i: (i >= 2, i * 10), 5), retry(lambda i: (False, 0), 3))
