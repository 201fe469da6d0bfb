# `raise SystemExit` (no code) and exit()/quit(): status 0, no output on
# stderr; a user subclass of SystemExit carries its code too.
class Shutdown(SystemExit):
    def __init__(self, reason):
        super().__init__(0)
        self.reason = reason

def step(n):
    if n == 3:
        raise Shutdown("reached step 3")
    return n * n

results = []
try:
    for i in range(10):
        results.append(step(i))
except SystemExit as e:
    print("stopped:", e.reason, "code", e.code, type(e).__name__)
print(results)

for fn in (exit, quit):
    try:
        fn(4)
    except SystemExit as e:
        print("exit builtin raised", e.code)
try:
    exit()
except SystemExit as e:
    print("no code:", e.code)

print("shutting down")
raise SystemExit
