# print(file=...) to user objects with a write method, sys.stdout.write,
# redirecting sys.stdout into a buffer, and diagnostics on sys.stderr.
import sys

class Buffer:
    def __init__(self):
        self.chunks = []
        self.flushes = 0
    def write(self, s):
        self.chunks.append(s)
        return len(s)
    def flush(self):
        self.flushes += 1
    def getvalue(self):
        return "".join(self.chunks)

class Tee:
    """Writes everything to two targets."""
    def __init__(self, *targets):
        self.targets = targets
    def write(self, s):
        for t in self.targets:
            t.write(s)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return f"({self.x}, {self.y})"

buf = Buffer()
print("header", 1, 2.5, None, file=buf)
print("a", "b", "c", sep=", ", end=";\n", file=buf)
print(Point(1, 2), [Point(3, 4)] if False else "pts", file=buf, flush=True)
print(file=buf)
print("chunks:", buf.chunks)
print("flushes:", buf.flushes)
print(repr(buf.getvalue()))

n = sys.stdout.write("direct write\n")
print("wrote", n, "chars")
print("unicode len:", sys.stdout.write("héllo → ✓\n"))
sys.stdout.flush()
sys.stdout.writelines(["line one\n", "line two\n"])

# Redirect: print() without file= follows sys.stdout.
captured = Buffer()
saved = sys.stdout
sys.stdout = captured
print("this goes to the buffer")
print("so does this", 42)
sys.stdout = saved
print("restored; captured =", repr(captured.getvalue()))
print("stdout is __stdout__:", sys.stdout is sys.__stdout__)

log = Buffer()
tee = Tee(sys.stdout, log)
for i in range(3):
    print(f"step {i}", file=tee)
print("log has", len(log.chunks), "chunks:", repr(log.getvalue()))

print("warning: disk almost full", file=sys.stderr)
sys.stderr.write("error count: 0\n")
print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding)

class NoWrite:
    pass

for target, args in [(NoWrite(), ("x",)), (42, ("y",))]:
    try:
        print(*args, file=target)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", sep=3)
except TypeError as e:
    print("TypeError:", e)
print("done", file=None)
