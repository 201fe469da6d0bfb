# Copying user objects: plain instances, slots, hooks, dataclasses, trees with parents.
import copy
from collections import defaultdict, deque, OrderedDict, Counter, namedtuple
from dataclasses import dataclass, field


class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def path(self):
        return self.name if self.parent is None else self.parent.path() + "/" + self.name


root = TreeNode("root")
usr = TreeNode("usr", root)
TreeNode("bin", usr)
clone = copy.deepcopy(root)
clone.children[0].children[0].name = "sbin"
print([c.path() for c in root.children[0].children], [c.path() for c in clone.children[0].children])
print(clone.children[0].parent is clone, clone is root)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, [2, 3])
q = copy.deepcopy(p)
q.y.append(4)
print(p, q, copy.copy(p).y is p.y)


class Connection:
    instances = 0

    def __init__(self, dsn):
        Connection.instances += 1
        self.dsn = dsn
        self.cache = {"warm": True}

    def __copy__(self):
        print("  __copy__ called")
        return Connection(self.dsn)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called with", type(memo).__name__)
        new = Connection(self.dsn + "?clone")
        memo[id(self)] = new
        return new


c = Connection("db://x")
print(copy.copy(c).dsn, copy.deepcopy([c, c])[1].dsn, Connection.instances)


class Session:
    def __init__(self, user):
        self.user = user
        self.token = "secret"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["token"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.token = None


s2 = copy.deepcopy(Session("ann"))
print(s2.user, s2.token)


@dataclass
class Job:
    name: str
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


j = Job("build", ["ci"], {"retries": 2})
k = copy.deepcopy(j)
k.tags.append("nightly")
k.meta["retries"] = 5
print(j)
print(k)
print(j == copy.deepcopy(j), copy.copy(j).tags is j.tags)

Pair = namedtuple("Pair", "key value")
pr = Pair("a", [1])
pr2 = copy.deepcopy(pr)
pr2.value.append(2)
print(pr, pr2, copy.copy(pr))

groups = defaultdict(list)
groups["x"].append(1)
g2 = copy.deepcopy(groups)
g2["y"].append(2)
print(groups, g2)
print(copy.deepcopy(deque([[1], 2], maxlen=3)), copy.copy(Counter("hello")), copy.deepcopy(OrderedDict(b=[1], a=2)))
print(copy.Error.__name__, issubclass(copy.error, Exception))
