# pprint line breaking for nested containers, strings, collections types and dataclasses.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "age": 31, "tags": {"x", "y"}}, {"name": "bob", "roles": [], "age": 45, "active": False}], "meta": {"count": 2, "generated": "2024-01-01T00:00:00", "source": ("db", "cache", "replica")}, "b": None, "a": 1.5}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60, sort_dicts=False)
pprint.pprint(data, depth=2)
print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), compact=True, width=50))
pprint.pprint({"text": "lorem ipsum dolor sit amet " * 6})
pprint.pprint("a long string that goes on and on and on and on and on and on and on and on and on", width=30)
pprint.pp({"z": 1, "a": [1, 2, 3] * 12})
pprint.pprint(OrderedDict([(str(i), i * i) for i in range(12)]), width=50)
dd = defaultdict(list, {"k%d" % i: list(range(i)) for i in range(6)})
pprint.pprint(dd, width=40)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint((1,), width=1)
pprint.pprint([(i, "x" * i) for i in range(8)], width=30)
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint({"nested": {"deeper": {"deepest": list(range(25))}}}, width=50)
@dataclass
class Cfg:
    name: str
    opts: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
pprint.pprint(Cfg("server", {"host": "localhost", "port": 8080, "debug": True}, list(range(15))), width=50)
print(pprint.saferepr({"b": 1, "a": [2]}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({"alpha": [1, 2, 3, 4, 5, 6, 7, 8, 9], "beta": "text"})
print(pp.pformat([]), pp.pformat({}), pprint.pformat(set()), pprint.pformat(12345678, underscore_numbers=True))
