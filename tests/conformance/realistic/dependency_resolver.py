# resolve package install order with cycle detection
PACKAGES = {
    "app": ["web", "db", "logging"],
    "web": ["http", "templates", "logging"],
    "db": ["driver", "logging"],
    "http": ["sockets"],
    "templates": ["escape"],
    "driver": ["sockets"],
    "logging": [],
    "sockets": [],
    "escape": [],
}

class CycleError(Exception):
    def __init__(self, path):
        super().__init__(" -> ".join(path))
        self.path = path

def resolve(pkgs, root):
    order, state = [], {}
    def visit(name, stack):
        if state.get(name) == "done":
            return
        if state.get(name) == "active":
            raise CycleError(stack[stack.index(name):] + [name])
        if name not in pkgs:
            raise KeyError(f"unknown package {name!r} (required by {stack[-1]})")
        state[name] = "active"
        for dep in pkgs[name]:
            visit(dep, stack + [name])
        state[name] = "done"
        order.append(name)
    visit(root, [])
    return order

print(resolve(PACKAGES, "app"))
print(resolve(PACKAGES, "db"))
cyclic = dict(PACKAGES, sockets=["app"])
try:
    resolve(cyclic, "app")
except CycleError as e:
    print("cycle:", e, len(e.path))
broken = dict(PACKAGES, escape=["unicode"])
try:
    resolve(broken, "app")
except KeyError as e:
    print("missing:", e)

def depth(pkgs, name, memo={}):
    if name not in memo:
        memo[name] = 1 + max((depth(pkgs, d) for d in pkgs[name]), default=0)
    return memo[name]
for name in sorted(PACKAGES, key=lambda n: (-depth(PACKAGES, n), n)):
    print(f"{name:<10} depth {depth(PACKAGES, name)} deps {len(PACKAGES[name])}")
reverse = {}
for name, deps in PACKAGES.items():
    for d in deps:
        reverse.setdefault(d, []).append(name)
print({k: sorted(v) for k, v in sorted(reverse.items())})
