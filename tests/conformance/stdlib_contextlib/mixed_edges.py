# Edge cases: dataclass/custom-__lt__ heap items, deepcopy of enums and properties, failing ExitStack callbacks, quoted CSV newlines, deep pprint, StopIteration through @contextmanager.
import heapq, copy, csv, io, pprint
from dataclasses import dataclass, field
from contextlib import ExitStack, contextmanager
from enum import Enum

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
h = []
for t in [Task(3, "c"), Task(1, "a"), Task(2, "b")]:
    heapq.heappush(h, t)
print([heapq.heappop(h).name for _ in range(3)])
class Job:
    def __init__(self, p): self.p = p
    def __lt__(self, o): return self.p > o.p
    def __repr__(self): return f"Job({self.p})"
js = [Job(i) for i in [5, 1, 9, 3]]
heapq.heapify(js); print(js[0], heapq.nsmallest(2, js))
class Color(Enum):
    RED = 1
print(copy.deepcopy({"c": Color.RED})["c"] is Color.RED, copy.copy(Color.RED))
class WithProp:
    kind = "k"
    def __init__(self): self._x = [1]
    @property
    def x(self): return self._x
w2 = copy.deepcopy(WithProp()); print(w2.x, w2.kind)
def fail_cb():
    raise RuntimeError("cleanup failed")
try:
    with ExitStack() as st:
        st.callback(fail_cb)
        st.callback(print, "first cleanup")
        raise ValueError("body")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
data = io.StringIO("a,b\r\n1,\"x\r\ny\"\r\n", newline="")
print(list(csv.reader(data)))
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 3, width=20)
pprint.pprint({"key": "v" * 100})
pprint.pprint(("a" * 50, "b" * 50))
print(pprint.pformat({"a": {"b": {"c": {}}}}, depth=2))
@contextmanager
def cm():
    yield
try:
    with cm():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration propagated", e)
