# Edge cases across copy/bisect/heapq/operator/csv and Fraction string parsing.
import copy, bisect, heapq, operator, csv, io, shlex
from fractions import Fraction
def g(): yield 1
for f in (lambda: copy.deepcopy(g()), lambda: copy.copy(g())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(copy.deepcopy(Fraction(1, 3)), copy.copy([Fraction(1, 2)]))
try:
    bisect.insort("abc", "b")
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    heapq.heappush([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.add(1, "a")
except TypeError as e:
    print("TypeError:", e)
r = csv.reader(io.StringIO("a,b\nc"))
print(next(r), r.line_num, next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print("stop")
print(Fraction("  3/4 "), Fraction("1_000.5"), Fraction("-.5"), Fraction("1e3"), Fraction(True))
print(f"{float(Fraction(1, 3)):.3f}", Fraction(1, 3) < 0.34, 0.5 == Fraction(1, 2), 1 == Fraction(1))
