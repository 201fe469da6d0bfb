# __eq__, ordering, __hash__; instances as dict keys and set members
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("2") >= Version("1.9"), Version("1") <= Version("1"))
print(len(set(vs)), {Version("1.2"): "a"}[Version("1.2")])
print(Version("1") == "1", Version("1.2") in vs)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
