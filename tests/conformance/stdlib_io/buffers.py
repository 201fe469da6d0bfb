# In-memory text and byte buffers: building reports, reading lines back, seeking, errors.
import io

report = io.StringIO()
report.write("Sales report\n")
report.write("=" * 12 + "\n")
for region, total in [("north", 1200), ("south", 950), ("east", 1430)]:
    n = report.write(f"{region:<8}{total:>6}\n")
print("last write returned", n, "tell", report.tell())
text = report.getvalue()
print(text, end="")

report.seek(0)
print(repr(report.readline()), repr(report.readline(5)), repr(report.read(4)))
print(report.readlines())
print(repr(report.read()), report.tell())
report.seek(0)
for i, line in enumerate(report, 1):
    print(i, line.rstrip())

buf = io.StringIO("alpha\nbeta\ngamma")
print(list(buf), buf.read(), buf.tell())
buf.seek(0)
print(buf.readlines(7))
buf.seek(6)
buf.write("BETA")
print(repr(buf.getvalue()))
buf.seek(0, io.SEEK_END)
buf.write("\ndelta")
print(repr(buf.getvalue()), buf.truncate(5), repr(buf.getvalue()), buf.tell())
buf.seek(10)
buf.write("!")
print(repr(buf.getvalue()))

with io.StringIO() as out:
    out.writelines(["a", "b", "c\n"])
    print(repr(out.getvalue()), out.readable(), out.writable(), out.seekable(), out.closed)
print(out.closed)
for op in (out.getvalue, out.read, lambda: out.write("x"), lambda: out.seek(0)):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: io.StringIO().write(42), lambda: io.StringIO(b"x"), lambda: io.StringIO().seek(-1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    io.StringIO("abc").seek(1, 1)
except OSError as e:
    print("OSError:", e)
print(repr(io.StringIO("a\r\nb", newline=None).getvalue()), repr(io.StringIO("a\r\nb").getvalue()))

b = io.BytesIO(b"header\nbody bytes")
print(b.readline(), b.read(4), b.tell())
b.seek(0, 2)
b.write(b"!!")
print(b.getvalue(), len(b.getvalue()))
try:
    b.write("text")
except TypeError as e:
    print("TypeError:", e)
